import { z } from 'zod';

/** Five or six cron fields (seconds first when six), as BullMQ's job schedulers read them. */
const CRON = /^\s*[\d*?/,LW#A-Za-z-]+(\s+[\d*?/,LW#A-Za-z-]+){4,5}\s*$/;

/** Payment terms, the payment sync's schedule and the receivables KPIs of process-billing. */
export const paymentsConfigShape = {
  /** days from an invoice's date to its due date (the due date the ERP invoice is raised with) */
  BILLING_PAYMENT_TERMS_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** how often the ERP is read for payments on open invoices; 0: never on a schedule */
  BILLING_PAYMENT_SYNC_MS: z.coerce.number().int().min(0).default(300_000),
  /** a cron pattern for the payment sync instead (e.g. `0 6 * * *`); wins over the interval */
  BILLING_PAYMENT_SYNC_CRON: z
    .string()
    .regex(CRON, { message: 'must be a cron pattern of five or six fields' })
    .optional(),
  /** open invoices read from the database per batch of a payment sync */
  BILLING_PAYMENT_SYNC_BATCH: z.coerce.number().int().min(1).max(1000).default(200),
  /** the days of sales days sales outstanding divides the receivables by */
  BILLING_DSO_DAYS: z.coerce.number().int().min(1).max(366).default(90),
};
