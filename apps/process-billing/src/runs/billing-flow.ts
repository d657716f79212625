/** The flow name of billing's exception cases and ledger hops. */
export const BILLING_FLOW = 'billing';

/** A billing event's invoice: the step its exception cases are raised for. */
export const INVOICE_STEP = 'invoice';

/** BullMQ ids of a run's jobs (no `:` in custom ids). */
export const finishJobId = (runId: string) => `billing-run-${runId}`;
export const invoiceJobId = (eventId: string) => `invoice-${eventId}`;
