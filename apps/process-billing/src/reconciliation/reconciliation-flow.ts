import type { CaseSubject } from '@p2c/flow';
import { BILLING_FLOW } from '../runs/billing-flow';

/** The step reconciliation's exception cases are raised for, in the billing flow. */
export const RECONCILE_STEP = 'reconcile';

/**
 * A difference's case: one per legal entity, period, project, type and pair of sides, so a
 * reconciliation that finds the same difference again updates the case instead of adding one.
 * Ids are `NWA-US/2026-11/PRJ-006NW000101/time/ledger-erp` (canonical ids have no `/`).
 */
export function mismatchSubject(subjectId: string): CaseSubject {
  return { flow: BILLING_FLOW, step: RECONCILE_STEP, subjectType: 'reconciliation', subjectId };
}

/** A legal entity's period that could not be reconciled (`NWA-US/2026-11`). */
export function failureSubject(legalEntity: string, period: string): CaseSubject {
  return {
    flow: BILLING_FLOW,
    step: RECONCILE_STEP,
    subjectType: 'reconciliation_period',
    subjectId: `${legalEntity}/${period}`,
  };
}

/** A legal entity on the schedule that the ERP does not have (a configuration to correct). */
export function scheduleSubject(legalEntity: string): CaseSubject {
  return {
    flow: BILLING_FLOW,
    step: 'reconcile-schedule',
    subjectType: 'legal_entity',
    subjectId: legalEntity,
  };
}

/** The BullMQ job schedulers of the legal entities' nightly reconciliations: this and the code. */
export const SCHEDULER_PREFIX = 'reconciliation-';
