import type { InvoiceStatus } from '@p2c/canonical';
import type { PsaInvoiceStatus } from '../psa/psa-records';

const TO_PSA: Record<InvoiceStatus, PsaInvoiceStatus> = {
  OPEN: 'submitted',
  PARTIALLY_PAID: 'partially_paid',
  PAID: 'paid',
  VOIDED: 'void',
};

const FROM_PSA: Record<PsaInvoiceStatus, InvoiceStatus> = {
  draft: 'OPEN',
  submitted: 'OPEN',
  partially_paid: 'PARTIALLY_PAID',
  paid: 'PAID',
  void: 'VOIDED',
};

export const psaInvoiceStatus = (status: InvoiceStatus): PsaInvoiceStatus => TO_PSA[status];
export const invoiceStatusOf = (status: PsaInvoiceStatus): InvoiceStatus =>
  FROM_PSA[status] ?? 'OPEN';
