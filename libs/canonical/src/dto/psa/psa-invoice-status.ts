import type { InvoiceStatus } from '@p2c/canonical';

export const PSA_INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'OPEN',
  'PARTIALLY_PAID',
  'PAID',
  'VOIDED',
];
