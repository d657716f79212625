import { z } from 'zod';
import { apiClientsConfigShapeFor } from '@p2c/clients';
import { ConfigOf, decimalsByKey, processRoleConfigShape } from '@p2c/platform';
import { deliverySyncConfigShape } from './delivery-sync/delivery-sync-config';
import { paymentsConfigShape } from './payments/payments-config';

/**
 * What billing calls: process-time for the posted billable work, system-erp for contract terms,
 * invoices and their payments, system-psa for the projects' milestones and to write invoices
 * back to the delivery teams, system-crm for contracts' not-to-exceed amounts.
 */
export const PROCESS_BILLING_CALLS = [
  'process-time',
  'system-erp',
  'system-psa',
  'system-crm',
] as const;

/** The variables of process-billing, besides the shared gateway ones. */
export const processBillingConfigShape = {
  ...processRoleConfigShape,
  ...apiClientsConfigShapeFor(PROCESS_BILLING_CALLS),
  /** invoices raised at once per worker process (each is one project's billing event) */
  BILLING_INVOICE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** tries at one invoice before a transient failure becomes an exception (BullMQ attempts) */
  BILLING_INVOICE_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** first wait before an invoice is tried again; doubles per failure */
  BILLING_RETRY_BASE_MS: z.coerce.number().int().min(1).default(2_000),
  /** BullMQ job lock: a job whose worker died is picked up again this long after */
  BILLING_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** postings read per page from process-time (it allows 500) */
  BILLING_PAGE_SIZE: z.coerce.number().int().min(1).max(500).default(500),
  /**
   * per legal entity, the net above which a billing event waits for finance's approval, in the
   * event's currency, e.g. `{"NWA-US":"100000.00"}`; an entity not named has no gate
   */
  BILLING_APPROVAL_THRESHOLDS: decimalsByKey.default({}),
  ...paymentsConfigShape,
  ...deliverySyncConfigShape,
};

export type ProcessBillingConfig = ConfigOf<typeof processBillingConfigShape>;
