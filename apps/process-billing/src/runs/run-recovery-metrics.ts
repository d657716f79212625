import { Injectable } from '@nestjs/common';
import { Counter, register } from 'prom-client';

/** How a stuck run was dealt with: picked up again, or left to a person as a case. */
export type RecoveryOutcome = 'recovered' | 'gave_up';

const NAME = 'p2c_billing_run_recoveries_total';

/** Counts the recovery sweep's work on `/metrics`, by the status the run was stuck in. */
@Injectable()
export class RunRecoveryMetrics {
  // one registration per process (several apps may share one in tests)
  private readonly recoveries =
    (register.getSingleMetric(NAME) as Counter<'status' | 'outcome'> | undefined) ??
    new Counter({
      name: NAME,
      help: 'Billing runs stuck in planning or invoicing with no job left: picked up again by the recovery sweep, or given up to an exception case',
      labelNames: ['status', 'outcome'],
    });

  count(status: string, outcome: RecoveryOutcome): void {
    this.recoveries.inc({ status, outcome });
  }
}
