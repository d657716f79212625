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
import { ApiClient, InjectApiClient, PassesProblemsThrough, unwrap } from '@p2c/clients';
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { BillingRunDto } from './dto/billing-run.dto';
import { FinanceIdParamsDto } from './dto/finance-id.params.dto';
import { LegalEntityPeriodDto } from './dto/legal-entity-period.dto';
import { forwardedIdempotencyKey } from './forwarded-idempotency-key';
import { IdempotencyKey } from './idempotency-key.decorator';
import { Throttled } from '../throttling/throttled.decorator';

@PassesProblemsThrough()
@FlowApi('billing-runs', Role.Finance, Role.Admin)
@Throttled()
export class BillingRunsController {
  constructor(
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'startBillingRun',
    summary: 'Bill a legal entity’s unbilled work up to a month',
    description:
      'Per project, the posted billable work of the month and earlier that no billing event holds yet becomes one billing event and one ERP invoice; events above the entity’s threshold wait for approval. Running again bills only what is still unbilled. Audited with who started it.',
  })
  @ApiAcceptedResponse({ type: BillingRunDto, description: 'The run, just started' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: nothing was started' })
  @ApiUnprocessableEntityResponse({
    description:
      'problem+json INVALID_DIMENSION: no active legal entity with that code; IDEMPOTENCY_KEY_REUSED',
  })
  @ApiConflictResponse({ description: 'problem+json: a request with this Idempotency-Key runs' })
  @ApiServiceUnavailableResponse({ description: 'problem+json: billing or the ERP cannot answer' })
  start(
    @Body() body: LegalEntityPeriodDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @IdempotencyKey() key?: string,
  ): Promise<BillingRunDto> {
    return unwrap(
      this.billing.POST('/billing-runs', {
        body: { legalEntity: body.legalEntity, period: body.period },
        params: { header: forwardedIdempotencyKey(principal.subject, key) },
      }),
    );
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getBillingRun',
    summary: 'A billing run: its status and billing event per project',
  })
  @ApiOkResponse({ type: BillingRunDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not a run id' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(@Param() params: FinanceIdParamsDto): Promise<BillingRunDto> {
    return unwrap(this.billing.GET('/billing-runs/{id}', { params: { path: { id: params.id } } }));
  }
}
