import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
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
import { FinanceIdParamsDto } from './dto/finance-id.params.dto';
import { LegalEntityPeriodDto } from './dto/legal-entity-period.dto';
import { ListReconciliationsQueryDto } from './dto/list-reconciliations.query.dto';
import { ReconciliationPageDto } from './dto/reconciliation-page.dto';
import { ReconciliationDto } from './dto/reconciliation.dto';
import { forwardedIdempotencyKey } from './forwarded-idempotency-key';
import { IdempotencyKey } from './idempotency-key.decorator';
import { Throttled } from '../throttling/throttled.decorator';

@PassesProblemsThrough()
@FlowApi('reconciliations', Role.Finance, Role.Admin)
@Throttled()
export class ReconciliationsController {
  constructor(
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'startReconciliation',
    summary: 'Reconcile a legal entity’s month',
    description:
      'Per project and type: what the PSA approved, the ledger and the ERP posted, billing billed, the ERP invoiced and customers paid. Every entry that differs becomes a RECONCILIATION_MISMATCH exception case. Audited with who started it.',
  })
  @ApiAcceptedResponse({ type: ReconciliationDto, description: 'The reconciliation, just started' })
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
  ): Promise<ReconciliationDto> {
    return unwrap(
      this.billing.POST('/reconciliations', {
        body: { legalEntity: body.legalEntity, period: body.period },
        params: { header: forwardedIdempotencyKey(principal.subject, key) },
      }),
    );
  }

  @Get()
  @ApiOperation({ operationId: 'listReconciliations', summary: 'Reconciliations, newest first' })
  @ApiOkResponse({ type: ReconciliationPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(@Query() query: ListReconciliationsQueryDto): Promise<ReconciliationPageDto> {
    return unwrap(this.billing.GET('/reconciliations', { params: { query } }));
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getReconciliation',
    summary: 'A reconciliation: each side’s figures per project and type, and what differs',
  })
  @ApiOkResponse({ type: ReconciliationDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not a reconciliation id' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(@Param() params: FinanceIdParamsDto): Promise<ReconciliationDto> {
    return unwrap(
      this.billing.GET('/reconciliations/{id}', { params: { path: { id: params.id } } }),
    );
  }
}
