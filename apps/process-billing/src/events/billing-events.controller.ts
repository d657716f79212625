import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { DecideBillingEventUseCase } from './decide-billing-event.use-case';
import { BillingEventIdParamsDto } from './dto/billing-event-id.params.dto';
import { BillingEventPageDto } from './billing-event-page.dto';
import { BillingEventDto } from '../runs/dto/billing-event.dto';
import { GetBillingEventQueryDto } from './dto/get-billing-event.query.dto';
import { ListBillingEventsQueryDto } from './dto/list-billing-events.query.dto';
import { RejectBillingEventDto } from './dto/reject-billing-event.dto';
import { GetBillingEventUseCase } from './get-billing-event.use-case';
import { ListBillingEventsUseCase } from './list-billing-events.use-case';

@FlowApi('billing-events', Role.Admin, Role.Service, Role.Finance)
export class BillingEventsController {
  constructor(
    private readonly list: ListBillingEventsUseCase,
    private readonly getEvent: GetBillingEventUseCase,
    private readonly decisions: DecideBillingEventUseCase,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listBillingEvents',
    summary: 'Billing events, newest first: e.g. those pending approval',
  })
  @ApiOkResponse({ type: BillingEventPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  find(@Query() query: ListBillingEventsQueryDto): Promise<BillingEventPageDto> {
    return this.list.execute(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getBillingEvent', summary: 'A billing event and its invoice' })
  @ApiOkResponse({ type: BillingEventDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not an event id' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(
    @Param() params: BillingEventIdParamsDto,
    @Query() query: GetBillingEventQueryDto,
  ): Promise<BillingEventDto> {
    return this.getEvent.execute(params.id, query.partner);
  }

  @Post(':id/approve')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'approveBillingEvent',
    summary: 'Approve a billing event pending approval: its invoice is raised',
  })
  @ApiOkResponse({ type: BillingEventDto, description: 'The event, now pending its invoice' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  @ApiConflictResponse({
    description: 'problem+json NOT_AWAITING_APPROVAL: approved or rejected already',
  })
  @ApiUnprocessableEntityResponse({ description: 'problem+json IDEMPOTENCY_KEY_REUSED' })
  approve(
    @Param() params: BillingEventIdParamsDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<BillingEventDto> {
    return this.decisions.approve(params.id, principal?.subject ?? 'anonymous');
  }

  @Post(':id/reject')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rejectBillingEvent',
    summary: 'Reject a billing event pending approval: its work is unbilled again',
    description: 'The next run of its legal entity bills the rejected event’s items again.',
  })
  @ApiOkResponse({ type: BillingEventDto, description: 'The event, rejected' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: no reason given' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  @ApiConflictResponse({
    description: 'problem+json NOT_AWAITING_APPROVAL: approved or rejected already',
  })
  @ApiUnprocessableEntityResponse({ description: 'problem+json IDEMPOTENCY_KEY_REUSED' })
  reject(
    @Param() params: BillingEventIdParamsDto,
    @Body() body: RejectBillingEventDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<BillingEventDto> {
    return this.decisions.reject(params.id, principal?.subject ?? 'anonymous', body.reason);
  }
}
