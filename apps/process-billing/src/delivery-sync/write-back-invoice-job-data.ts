/** The invoice-status queue's job name: bring one billing event's PSA invoice up to date. */
export const WRITE_BACK_INVOICE_JOB = 'write-back-invoice';

/** Only the billing event's id; what the PSA gets is read from Postgres when the job runs. */
export interface WriteBackInvoiceJobData {
  eventId: string;
}
