import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LegalEntities } from '../common/legal-entities';
import type { ReconciliationDto } from './dto/reconciliation.dto';
import { GetReconciliationUseCase } from './get-reconciliation.use-case';
import { openReconciliation } from './open-reconciliation';

/**
 * Starts a reconciliation of a legal entity's period on request: the entity must be an active ERP
 * subsidiary; the reconciliation and its job are written together and worked by the
 * reconciliation queue. Asking again is a new reconciliation of the same period.
 */
@Injectable()
export class StartReconciliationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly reconciliations: GetReconciliationUseCase,
  ) {}

  async execute(
    legalEntity: string,
    period: string,
    requestedBy: string,
  ): Promise<ReconciliationDto> {
    await this.legalEntities.active(legalEntity);
    const id = await this.dataSource.transaction((manager) =>
      openReconciliation(manager, { legalEntity, period, trigger: 'request', requestedBy }),
    );
    // only a schedule's tick can find its reconciliation opened already
    return this.reconciliations.execute(id!);
  }
}
