import { Injectable } from '@nestjs/common';
import { ErpInvoiceDto, InvoiceStatus, Money } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpRecord, refOf, textOf } from '../erp/erp-record';

const STATUS: Record<string, InvoiceStatus> = {
  open: 'OPEN',
  partiallyPaid: 'PARTIALLY_PAID',
  paidInFull: 'PAID',
  voided: 'VOIDED',
};

/** An ERP invoice in canonical terms; amounts are exact Money in the invoice's currency. */
@Injectable()
export class ErpInvoiceMapper {
  constructor(
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
    private readonly links: ErpLinks,
  ) {}

  async toInvoice(id: string, invoice: ErpRecord): Promise<ErpInvoiceDto> {
    const currency = await this.currencyOf(invoice);
    const money = (value: unknown) =>
      Money.of(typeof value === 'number' || typeof value === 'string' ? value : 0, currency);
    const jobErpId = refOf(invoice.job)?.id ?? refOf(invoice.entity)?.id;
    const project = jobErpId === undefined ? undefined : await this.projects.byErpId(jobErpId);
    const customerErpId = project?.customerErpId ?? refOf(invoice.entity)?.id;
    const periodErpId = refOf(invoice.postingPeriod)?.id;
    const period =
      periodErpId === undefined
        ? undefined
        : await this.directory.periods.find((entry) => entry.erpId === periodErpId);
    return {
      id,
      erpId: String(invoice.id),
      number: textOf(invoice.tranId) ?? String(invoice.id),
      project: project?.id,
      customer:
        customerErpId === undefined
          ? undefined
          : await this.links.canonicalIdOf('customer', customerErpId),
      legalEntity: await this.directory.legalEntityOf(refOf(invoice.subsidiary)?.id),
      issueDate: textOf(invoice.tranDate) ?? '',
      dueDate: textOf(invoice.dueDate),
      period: period?.startDate.slice(0, 7),
      net: money(invoice.subtotal).toJSON(),
      tax: money(invoice.taxTotal).toJSON(),
      total: money(invoice.total).toJSON(),
      amountPaid: money(invoice.amountPaid).toJSON(),
      amountDue: money(invoice.amountRemaining).toJSON(),
      status: STATUS[refOf(invoice.status)?.id ?? ''] ?? 'OPEN',
    };
  }

  async currencyOf(invoice: ErpRecord): Promise<string> {
    const currency = await this.directory.currencyOf(refOf(invoice.currency)?.id);
    if (currency === undefined)
      throw new Error(`ERP invoice ${String(invoice.id)} has a currency the gateway does not know`);
    return currency;
  }
}
