import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { ReasonCode } from '@p2c/canonical';
import { ExceptionCases, recordAudit, sqlRows } from '@p2c/flow';
import type { BillingRunStatus } from '@p2c/persistence';
import { BILLING_FLOW, PLAN_STEP, RECOVER_STEP, runSubject } from './billing-flow';
import { RunJobs } from './run-jobs';
import { RunRecoveryMetrics } from './run-recovery-metrics';
import { RunRestart } from './run-restart';

/** What one pass of the sweep did. */
export interface RecoveryPass {
  /** runs picked up again */
  recovered: string[];
  /** runs recovered as often as allowed, now a case */
  gaveUp: string[];
  /** cases on runs that have moved on since, resolved */
  resolved: number;
}

interface StuckRun {
  id: string;
  status: BillingRunStatus;
  legalEntity: string;
  period: string;
  recoveries: number;
}

const PASS_SIZE = 100;

/**
 * The recovery sweep (`recover-runs`, every BILLING_RECOVERY_SWEEP_MS). A run is stuck when it
 * has been `planning` or `invoicing` for BILLING_STUCK_RUN_MS with no job left to move it on:
 * its plan job ran out of retries or was lost with its outbox row, or its flow was lost in
 * Redis. The sweep restarts it (RunRestart), counted on the run and audited, up to
 * BILLING_RUN_RECOVERIES times; the next time it is stuck it becomes a VENDOR_UNAVAILABLE case
 * for integration support instead of looping, and the sweep leaves it alone until the case is
 * retried (which restarts it with the count back at 0). A run is locked while it is looked at,
 * so sweeps on several replicas recover it once. Each pass also resolves the cases of runs that
 * have moved on: planning's once the run is planned, the recovery's once it is done.
 */
@Injectable()
export class RecoverStuckRunsUseCase {
  private readonly logger = new Logger(RecoverStuckRunsUseCase.name);
  private readonly stuckMs: number;
  private readonly maxRecoveries: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: RunJobs,
    private readonly restart: RunRestart,
    private readonly exceptions: ExceptionCases,
    private readonly metrics: RunRecoveryMetrics,
    config: ConfigService,
  ) {
    this.stuckMs = config.getOrThrow<number>('BILLING_STUCK_RUN_MS');
    this.maxRecoveries = config.getOrThrow<number>('BILLING_RUN_RECOVERIES');
  }

  async execute(): Promise<RecoveryPass> {
    const pass: RecoveryPass = { recovered: [], gaveUp: [], resolved: await this.resolveMovedOn() };
    const candidates = await sqlRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM billing_runs r
        WHERE status IN ('planning', 'invoicing')
          AND updated_at < now() - $1 * interval '1 millisecond'
          AND NOT EXISTS (
                SELECT 1 FROM exceptions e
                 WHERE e.flow = $2 AND e.step = $3 AND e.subject_type = 'billing_run'
                   AND e.subject_id = r.id::text AND e.status IN ('open', 'assigned', 'dismissed'))
        ORDER BY updated_at
        LIMIT ${PASS_SIZE}`,
      [this.stuckMs, BILLING_FLOW, RECOVER_STEP],
    );
    for (const { id } of candidates) {
      const outcome = await this.recover(id);
      if (outcome === 'recovered') pass.recovered.push(id);
      if (outcome === 'gave_up') pass.gaveUp.push(id);
    }
    return pass;
  }

  private async recover(runId: string): Promise<'recovered' | 'gave_up' | undefined> {
    const stuck = await this.dataSource.transaction(async (manager) => {
      const [run] = await sqlRows<StuckRun>(
        manager,
        `SELECT id, status, legal_entity AS "legalEntity", period, recoveries FROM billing_runs
          WHERE id = $1 AND status IN ('planning', 'invoicing')
            AND updated_at < now() - $2 * interval '1 millisecond'
            FOR UPDATE SKIP LOCKED`,
        [runId, this.stuckMs],
      );
      if (!run || (await this.jobs.anyAlive(manager, run))) return undefined;
      if (run.recoveries >= this.maxRecoveries) {
        await this.giveUp(manager, run);
        return { run, outcome: 'gave_up' as const };
      }
      await manager.query(
        `UPDATE billing_runs
            SET recoveries = recoveries + 1, recovered_at = now(), updated_at = now()
          WHERE id = $1`,
        [run.id],
      );
      await this.restart.inTransaction(manager, run);
      await recordAudit(manager, {
        actor: 'recovery-sweep',
        action: 'billing-run.recover',
        subjectType: 'billing_run',
        subjectId: run.id,
        before: { status: run.status, recoveries: run.recoveries },
        after: { status: run.status, recoveries: run.recoveries + 1 },
      });
      return { run, outcome: 'recovered' as const };
    });
    if (!stuck) return undefined;
    const { run, outcome } = stuck;
    this.metrics.count(run.status, outcome);
    if (outcome === 'gave_up') {
      this.logger.error(
        `run ${run.id} (${run.legalEntity} ${run.period}) stuck ${run.status} again after ${run.recoveries} recoveries: left to its case`,
      );
      return outcome;
    }
    this.logger.warn(
      `run ${run.id} (${run.legalEntity} ${run.period}) stuck ${run.status} with no job left: recovery ${run.recoveries + 1} of ${this.maxRecoveries}`,
    );
    await this.restart.afterCommit(run);
    return outcome;
  }

  private giveUp(manager: EntityManager, run: StuckRun): Promise<string> {
    return this.exceptions.raise(manager, runSubject(run.id, RECOVER_STEP), {
      reason: ReasonCode.VENDOR_UNAVAILABLE,
      owner: 'integration-support',
      message: `Billing run ${run.id} of ${run.legalEntity} for ${run.period} is stuck ${run.status}, with no job left to move it on, after ${run.recoveries} recoveries. Find in the billing-run and invoicing queues and the gateway's logs why its jobs fail or get lost, then retry this case to pick the run up again (the recoveries start over), or dismiss it to leave the run as it is.`,
      context: { runId: run.id, status: run.status, recoveries: run.recoveries },
    });
  }

  /** Resolves planning's case of a run that is planned, and the recovery's of a run that is done. */
  private async resolveMovedOn(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const cases = await sqlRows<{ runId: string; step: string; status: string }>(
        manager,
        `SELECT r.id AS "runId", e.step, r.status FROM exceptions e
           JOIN billing_runs r ON r.id::text = e.subject_id
          WHERE e.flow = $1 AND e.subject_type = 'billing_run' AND e.step IN ($2, $3)
            AND e.status NOT IN ('resolved', 'dismissed')
            AND (r.status NOT IN ('planning', 'invoicing') OR (e.step = $2 AND r.status <> 'planning'))`,
        [BILLING_FLOW, PLAN_STEP, RECOVER_STEP],
      );
      for (const found of cases)
        await this.exceptions.resolve(
          manager,
          runSubject(found.runId, found.step),
          `The run is ${found.status}.`,
        );
      return cases.length;
    });
  }
}
