import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { BillingRun } from '@p2c/persistence';
import { recordAudit } from '@p2c/flow';
import { LegalEntities } from '../common/legal-entities';
import type { BillingRunJobData, BillingRunJobName } from './billing-run-job';
import type { BillingRunDto } from './dto/billing-run.dto';
import { GetBillingRunUseCase } from './get-billing-run.use-case';

/**
 * Starts a billing run of a legal entity for a period: the entity must be an active ERP
 * subsidiary (its tax rate is the run's), and the run row, its audit entry and its planning job
 * (through the outbox) are written in one transaction, so a run exists exactly when its job does.
 * Running again for the same entity and period is a new run that bills only what is still unbilled.
 */
@Injectable()
export class StartBillingRunUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly runs: GetBillingRunUseCase,
  ) {}

  async execute(legalEntity: string, period: string, requestedBy: string): Promise<BillingRunDto> {
    const { taxRate } = await this.legalEntities.active(legalEntity);
    const runId = await this.dataSource.transaction(async (manager) => {
      const run = await manager.getRepository(BillingRun).save({
        legalEntity,
        period,
        taxRate,
        requestedBy,
        status: 'planning',
        correlationId: currentCorrelationId() ?? null,
      });
      await addToOutbox<BillingRunJobData>(manager, {
        queue: QueueName.BillingRun,
        name: 'plan-run' satisfies BillingRunJobName,
        payload: { runId: run.id },
      });
      await recordAudit(manager, {
        actor: requestedBy,
        action: 'billing-run.start',
        subjectType: 'billing_run',
        subjectId: run.id,
        after: { legalEntity, period, taxRate },
      });
      return run.id;
    });
    return this.runs.execute(runId);
  }
}
