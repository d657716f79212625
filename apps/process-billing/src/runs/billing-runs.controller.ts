import { Body, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { FlowApi } from '@p2c/flow';
import { BillingRunIdParamsDto } from './dto/billing-run-id.params.dto';
import { BillingRunDto } from './dto/billing-run.dto';
import { StartBillingRunDto } from './dto/start-billing-run.dto';
import { GetBillingRunUseCase } from './get-billing-run.use-case';
import { StartBillingRunUseCase } from './start-billing-run.use-case';

@FlowApi('billing-runs', Role.Admin, Role.Service, Role.Finance)
export class BillingRunsController {
  constructor(
    private readonly startRun: StartBillingRunUseCase,
    private readonly getRun: GetBillingRunUseCase,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'startBillingRun',
    summary: 'Bill a legal entity’s unbilled work up to a period',
    description:
      'Starts a run: per project, the posted billable time and expenses of the period and earlier that no billing event holds yet become one billing event and one ERP invoice. Running again bills only what is still unbilled.',
  })
  @ApiAcceptedResponse({ type: BillingRunDto, description: 'The run, just started' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed request' })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json INVALID_DIMENSION: no active legal entity with that code; IDEMPOTENCY_KEY_REUSED',
  })
  @ApiConflictResponse({ description: 'problem+json: a request with this Idempotency-Key runs' })
  @ApiServiceUnavailableResponse({
    description: 'problem+json VENDOR_UNAVAILABLE: the ERP’s legal entities could not be read',
  })
  start(
    @Body() body: StartBillingRunDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<BillingRunDto> {
    return this.startRun.execute(body.legalEntity, body.period, principal?.subject ?? 'anonymous');
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getBillingRun',
    summary: 'A billing run: its status and outcome per project',
  })
  @ApiOkResponse({ type: BillingRunDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not a run id' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(@Param() params: BillingRunIdParamsDto): Promise<BillingRunDto> {
    return this.getRun.execute(params.id);
  }
}
