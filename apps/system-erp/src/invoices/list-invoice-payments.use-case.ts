import { Injectable } from '@nestjs/common';
import { ErpInvoicePaymentDto, ErpInvoicePaymentsDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpRecord, refOf, textOf } from '../erp/erp-record';
import { suiteQlText } from '../erp/suiteql';
import { ErpSalesDocumentMapper } from '../sales-documents/erp-sales-document.mapper';

interface PaymentLine {
  doc?: { id?: unknown };
  amount?: unknown;
}

/**
 * The payments applied to an invoice. SuiteQL cannot see which invoices a payment applies to,
 * so the customer's payments are found with one query and each is read; a customer has few.
 */
@Injectable()
export class ListInvoicePaymentsUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly projects: ErpProjectRefs,
    private readonly documents: ErpSalesDocumentMapper,
  ) {}

  async execute(id: string): Promise<ErpInvoicePaymentsDto> {
    const invoice = await this.erp.get('invoice', { externalId: id });
    const currency = await this.documents.currencyOf(invoice);
    const customerErpId = await this.customerOf(invoice);
    if (customerErpId === undefined) return { invoice: id, items: [] };
    const rows = await this.erp.queryAll(
      `SELECT id FROM customerpayment WHERE customer = ${suiteQlText(customerErpId)} ORDER BY id`,
    );
    const payments = await Promise.all(
      rows.map((row) => this.erp.get('customerPayment', { id: String(row.id) })),
    );
    const items: ErpInvoicePaymentDto[] = payments.flatMap((payment) =>
      linesOf(payment)
        .filter((line) => String(line.doc?.id) === String(invoice.id))
        .map((line) => ({
          erpId: String(payment.id),
          number: textOf(payment.tranId) ?? String(payment.id),
          date: textOf(payment.tranDate) ?? '',
          amount: this.documents.money(line.amount, currency),
        })),
    );
    return { invoice: id, items };
  }

  private async customerOf(invoice: ErpRecord): Promise<string | undefined> {
    const jobErpId = refOf(invoice.job)?.id;
    if (jobErpId !== undefined) return (await this.projects.byErpId(jobErpId))?.customerErpId;
    return refOf(invoice.entity)?.id;
  }
}

function linesOf(payment: ErpRecord): PaymentLine[] {
  const items = (payment.apply as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) ? (items as PaymentLine[]) : [];
}
