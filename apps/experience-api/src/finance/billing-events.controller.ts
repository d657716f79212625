import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiClient, InjectApiClient, PassesProblemsThrough, unwrap } from '@p2c/clients';
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { BillingEventPageDto } from './dto/billing-event-page.dto';
import { BillingEventDto } from './dto/billing-event.dto';
import { FinanceIdParamsDto } from './dto/finance-id.params.dto';
import { ListBillingEventsQueryDto } from './dto/list-billing-events.query.dto';
import { RejectBillingEventDto } from './dto/reject-billing-event.dto';
import { forwardedIdempotencyKey } from './forwarded-idempotency-key';
import { IdempotencyKey } from './idempotency-key.decorator';
import { Throttled } from '../throttling/throttled.decorator';

@PassesProblemsThrough()
@FlowApi('billing-events', Role.Finance, Role.Admin)
@Throttled()
export class BillingEventsController {
  constructor(
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listBillingEvents',
    summary: 'Billing events, newest first: e.g. `?status=PENDING_APPROVAL`',
  })
  @ApiOkResponse({ type: BillingEventPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(@Query() query: ListBillingEventsQueryDto): Promise<BillingEventPageDto> {
    return unwrap(this.billing.GET('/billing-events', { params: { query } }));
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getBillingEvent', summary: 'A billing event and its invoice' })
  @ApiOkResponse({ type: BillingEventDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not an event id' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(@Param() params: FinanceIdParamsDto): Promise<BillingEventDto> {
    return unwrap(
      this.billing.GET('/billing-events/{id}', { params: { path: { id: params.id } } }),
    );
  }

  @Post(':id/approve')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'approveBillingEvent',
    summary: 'Approve a billing event pending approval: its invoice is raised',
    description: 'Audited with who approved it and when.',
  })
  @ApiOkResponse({ type: BillingEventDto, description: 'The event, now pending its invoice' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  @ApiConflictResponse({
    description: 'problem+json NOT_AWAITING_APPROVAL: approved or rejected already',
  })
  @ApiUnprocessableEntityResponse({ description: 'problem+json IDEMPOTENCY_KEY_REUSED' })
  approve(
    @Param() params: FinanceIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @IdempotencyKey() key?: string,
  ): Promise<BillingEventDto> {
    return unwrap(
      this.billing.POST('/billing-events/{id}/approve', {
        params: {
          path: { id: params.id },
          header: forwardedIdempotencyKey(principal.subject, key),
        },
      }),
    );
  }

  @Post(':id/reject')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rejectBillingEvent',
    summary: 'Reject a billing event pending approval: its work is unbilled again',
    description:
      'The next run of its legal entity bills the work again. Audited with who rejected it, when and why.',
  })
  @ApiOkResponse({ type: BillingEventDto, description: 'The event, rejected' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: no reason given' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  @ApiConflictResponse({
    description: 'problem+json NOT_AWAITING_APPROVAL: approved or rejected already',
  })
  @ApiUnprocessableEntityResponse({ description: 'problem+json IDEMPOTENCY_KEY_REUSED' })
  reject(
    @Param() params: FinanceIdParamsDto,
    @Body() body: RejectBillingEventDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @IdempotencyKey() key?: string,
  ): Promise<BillingEventDto> {
    return unwrap(
      this.billing.POST('/billing-events/{id}/reject', {
        body: { reason: body.reason },
        params: {
          path: { id: params.id },
          header: forwardedIdempotencyKey(principal.subject, key),
        },
      }),
    );
  }
}
