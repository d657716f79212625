import { Injectable } from '@nestjs/common';
import { periodBounds, periodName } from '../common/dates';
import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { SandboxErrorCode, SandboxException } from '../sandbox.exception';
import { StateRecord } from '../world/vendor-state';
import { WorldService } from '../world/world.service';
import { ErpRecordWriter } from './erp-record-writer';
import { ErpRef } from './erp-state';

/** What finance does in the ERP's own screens: record a customer's payment, close a period. */
@Injectable()
export class ErpAdminService {
  constructor(private readonly worlds: WorldService) {}

  /** Records a payment of `amount` against an invoice, dated the sandbox's today. */
  pay(invoiceId: string, amount: string): { payment: StateRecord; invoice: StateRecord } {
    const state = this.worlds.current.erp;
    const invoice = state.get('invoice', invoiceId);
    if (!invoice)
      throw new SandboxException(
        SandboxErrorCode.RECORD_NOT_FOUND,
        `The ERP has no invoice ${invoiceId}.`,
      );
    const entity = invoice.entity as ErpRef;
    const job = state.get('job', entity.id);
    const customer = job ? (job.parent as ErpRef) : entity;
    try {
      const payment = new ErpRecordWriter(state).create('customerPayment', {
        customer: { id: customer.id },
        payment: amount,
        tranDate: state.clock.today(),
        currency: invoice.currency,
        apply: { items: [{ doc: { id: invoiceId }, amount }] },
      });
      return { payment, invoice: state.get('invoice', invoiceId)! };
    } catch (error) {
      if (!(error instanceof VendorHttpException)) throw error;
      const detail = (error.reply.body as { 'o:errorDetails': { detail: string }[] })[
        'o:errorDetails'
      ][0].detail;
      throw new SandboxException(SandboxErrorCode.PAYMENT_REFUSED, detail);
    }
  }

  /** Closes a legal entity's period (YYYY-MM), creating the period record if the ERP lacks it. */
  closePeriod(legalEntity: string, period: string): StateRecord {
    const state = this.worlds.current.erp;
    const subsidiary = state.byExternalId('subsidiary', legalEntity);
    if (!subsidiary)
      throw new SandboxException(
        SandboxErrorCode.RECORD_NOT_FOUND,
        `The ERP has no subsidiary for legal entity ${legalEntity}.`,
      );
    const { startDate } = periodBounds(period);
    const existing = state.periodFor(String(subsidiary.id), startDate);
    const record = existing
      ? { ...existing, closed: true }
      : state.insert('accountingPeriod', {
          periodName: periodName(period),
          ...periodBounds(period),
          closed: true,
          subsidiary: state.ref('subsidiary', subsidiary),
          externalId: `${legalEntity}:${period}`,
        });
    state.all('accountingPeriod').set(String(record.id), record);
    return record;
  }
}
