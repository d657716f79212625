import type { CaseSubject } from '@p2c/flow';

/** The flow name of billing's exception cases and ledger hops. */
export const BILLING_FLOW = 'billing';

/** A billing event's invoice: the step its exception cases are raised for. */
export const INVOICE_STEP = 'invoice';

/** A run's planning, and the recovery of a run stuck with no job left: a run's cases. */
export const PLAN_STEP = 'plan';
export const RECOVER_STEP = 'recover';

/** BullMQ ids of a run's jobs (no `:` in custom ids). */
export const finishJobId = (runId: string) => `billing-run-${runId}`;
export const invoiceJobId = (eventId: string) => `invoice-${eventId}`;

/** The invoicing queue's job: one billing event's invoice. */
export const INVOICE_JOB = 'invoice-event';

/** The BullMQ job schedulers of the legal entities' monthly runs: this and the entity's code. */
export const RUN_SCHEDULER_PREFIX = 'billing-schedule-';
/** The BullMQ job scheduler of the recovery sweep. */
export const RECOVERY_SCHEDULER = 'billing-run-recovery';

/** A case on a run (its planning, or its recovery). */
export function runSubject(runId: string, step: string): CaseSubject {
  return { flow: BILLING_FLOW, step, subjectType: 'billing_run', subjectId: runId };
}

/** A legal entity on the run schedule that the ERP does not have (a configuration to correct). */
export function runScheduleSubject(legalEntity: string): CaseSubject {
  return {
    flow: BILLING_FLOW,
    step: 'run-schedule',
    subjectType: 'legal_entity',
    subjectId: legalEntity,
  };
}
