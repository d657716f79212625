import { exceptionRetriesConfigShape } from '@p2c/flow';
import { z } from 'zod';
import { DIMENSION_CODE_PATTERN } from '@p2c/canonical';
import { apiClientsConfigShapeFor } from '@p2c/clients';
import { ConfigOf, cronOrOff, decimalsByKey, processRoleConfigShape } from '@p2c/platform';

import { deliverySyncConfigShape } from './delivery-sync/delivery-sync-config';
import { kpisConfigShape } from './kpis/kpis-config';
import { paymentsConfigShape } from './payments/payments-config';
import { billingRunsConfigShape } from './runs/billing-runs-config';

/**
 * What billing calls: process-time for the posted billable work (its ledger), system-erp for
 * contract terms, invoices, payments and what the ERP holds, system-psa for the projects'
 * milestones, what the PSA approved and to write invoices back to delivery, system-crm for
 * contracts' not-to-exceed amounts.
 */
export const PROCESS_BILLING_CALLS = [
  'process-time',
  'system-erp',
  'system-psa',
  'system-crm',
] as const;

/** Legal entity codes, comma separated: `NWA-US,NWA-UK,NWA-DE`. */
const legalEntities = z
  .string()
  .default('NWA-US,NWA-UK,NWA-DE')
  .transform((text) => [...new Set(text.split(',').map((code) => code.trim()))])
  .pipe(
    z.array(z.string().regex(DIMENSION_CODE_PATTERN, 'legal entity codes, comma separated')).min(1),
  );

/** The variables of process-billing, besides the shared gateway ones. */
export const processBillingConfigShape = {
  ...processRoleConfigShape,
  ...exceptionRetriesConfigShape,
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
  ...kpisConfigShape,
  /** the legal entities billed and reconciled on a schedule */
  BILLING_LEGAL_ENTITIES: legalEntities,
  /** when each legal entity's current and previous month are reconciled (UTC); `off`: never */
  BILLING_RECONCILIATION_CRON: cronOrOff.default('0 2 * * *'),
  ...billingRunsConfigShape,
};

export type ProcessBillingConfig = ConfigOf<typeof processBillingConfigShape>;
