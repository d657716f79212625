import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueName, addToOutbox } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import type { BillingRunTrigger } from '@p2c/persistence';
import { recordAudit, sqlRows } from '@p2c/flow';
import { LegalEntities } from '../common/legal-entities';
import type { BillingRunJobData, BillingRunJobName } from './billing-run-job';
import type { BillingRunDto } from './dto/billing-run.dto';
import { GetBillingRunUseCase } from './get-billing-run.use-case';

/**
 * Starts a billing run of a legal entity for a period, on request or on the entity's schedule:
 * the entity must be an active ERP subsidiary (its tax rate is the run's), and the run row, its
 * audit entry and its planning job (through the outbox) are written in one transaction, so a run
 * exists exactly when its job does. Requested again for the same entity and period, it is a new
 * run that bills only what is still unbilled; the schedule starts one run per entity and period
 * at most (`uq_billing_runs_scheduled`), however many ticks race for it.
 */
@Injectable()
export class StartBillingRunUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly runs: GetBillingRunUseCase,
  ) {}

  /** A request's run, as `GET /billing-runs/{id}` shows it. */
  async execute(legalEntity: string, period: string, requestedBy: string): Promise<BillingRunDto> {
    const runId = await this.start(legalEntity, period, 'request', requestedBy);
    // only the schedule's run of a period can exist already
    return this.runs.execute(runId!);
  }

  /** The schedule's run of the period; undefined when the schedule started it already. */
  scheduled(legalEntity: string, period: string): Promise<string | undefined> {
    return this.start(legalEntity, period, 'schedule', 'schedule');
  }

  private async start(
    legalEntity: string,
    period: string,
    trigger: BillingRunTrigger,
    requestedBy: string,
  ): Promise<string | undefined> {
    const { taxRate } = await this.legalEntities.active(legalEntity);
    return this.dataSource.transaction(async (manager) => {
      const [run] = await sqlRows<{ id: string }>(
        manager,
        `INSERT INTO billing_runs (legal_entity, period, tax_rate, trigger, requested_by, status, correlation_id)
         VALUES ($1, $2, $3, $4, $5, 'planning', $6)
         ON CONFLICT (legal_entity, period) WHERE trigger = 'schedule' DO NOTHING
         RETURNING id`,
        [legalEntity, period, taxRate, trigger, requestedBy, currentCorrelationId() ?? null],
      );
      if (!run) return undefined;
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
        after: { legalEntity, period, taxRate, trigger },
      });
      return run.id;
    });
  }
}
