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
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { ListReconciliationsQueryDto } from './dto/list-reconciliations.query.dto';
import { ReconciliationIdParamsDto } from './dto/reconciliation-id.params.dto';
import { ReconciliationPageDto } from './dto/reconciliation-page.dto';
import { ReconciliationDto } from './dto/reconciliation.dto';
import { StartReconciliationDto } from './dto/start-reconciliation.dto';
import { GetReconciliationUseCase } from './get-reconciliation.use-case';
import { ListReconciliationsUseCase } from './list-reconciliations.use-case';
import { StartReconciliationUseCase } from './start-reconciliation.use-case';

@FlowApi('reconciliations', Role.Admin, Role.Service, Role.Finance)
export class ReconciliationsController {
  constructor(
    private readonly startReconciliation: StartReconciliationUseCase,
    private readonly listReconciliations: ListReconciliationsUseCase,
    private readonly getReconciliation: GetReconciliationUseCase,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'startReconciliation',
    summary: 'Reconcile a legal entity’s period',
    description:
      'Per project and type (time, expense, milestone, fee): what the PSA approved, the ledger and the ERP posted, billing billed, the ERP invoiced and customers paid. Every entry that differs becomes a RECONCILIATION_MISMATCH exception case; a case whose difference is gone is resolved.',
  })
  @ApiAcceptedResponse({ type: ReconciliationDto, description: 'The reconciliation, just started' })
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
    @Body() body: StartReconciliationDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<ReconciliationDto> {
    return this.startReconciliation.execute(
      body.legalEntity,
      body.period,
      principal?.subject ?? 'anonymous',
    );
  }

  @Get()
  @ApiOperation({
    operationId: 'listReconciliations',
    summary: 'Reconciliations, newest first',
  })
  @ApiOkResponse({ type: ReconciliationPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(@Query() query: ListReconciliationsQueryDto): Promise<ReconciliationPageDto> {
    return this.listReconciliations.execute(query);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getReconciliation',
    summary: 'A reconciliation: each side’s figures per project and type, and what differs',
  })
  @ApiOkResponse({ type: ReconciliationDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: not a reconciliation id' })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(@Param() params: ReconciliationIdParamsDto): Promise<ReconciliationDto> {
    return this.getReconciliation.execute(params.id);
  }
}
