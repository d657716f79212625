import { Injectable } from '@nestjs/common';
import { Money, MoneyJson, PsaInvoiceDto, UpsertPsaInvoiceDto } from '@p2c/canonical';
import { ProjectWorkspaces } from '../projects/project-workspaces';
import { CreateOnce } from '../psa/create-once';
import { KeyedLock } from '../psa/keyed-lock';
import { PsaApi } from '../psa/psa-api';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type { PsaInvoice } from '../psa/psa-records';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { invoiceStatusOf, psaInvoiceStatus } from './invoice-status';

const INCLUDE = ['time_entries', 'expenses'];

/**
 * Invoice number, status and payment written back to the PSA. The PSA invoice's
 * `external_reference` is the canonical invoice id: the key it is looked up by before it is made.
 */
@Injectable()
export class InvoicesUseCase {
  constructor(
    private readonly api: PsaApi,
    private readonly links: PsaLinks,
    private readonly workspaces: ProjectWorkspaces,
    private readonly createOnce: CreateOnce,
    private readonly lock: KeyedLock,
  ) {}

  upsert(id: string, invoice: UpsertPsaInvoiceDto): Promise<PsaInvoiceDto> {
    return this.lock.run(`invoice:${id}`, () => this.record(id, invoice));
  }

  private async record(id: string, invoice: UpsertPsaInvoiceDto): Promise<PsaInvoiceDto> {
    const workspace = await this.workspaces.require(invoice.project);
    for (const amount of [invoice.net, invoice.tax, invoice.amountPaid])
      if (amount.currency !== workspace.currency)
        throw new SystemPsaException(
          SystemPsaErrorCode.CURRENCY_MISMATCH,
          `Invoice ${id} has an amount in ${amount.currency}; project ${invoice.project} bills in ${workspace.currency}.`,
        );
    const fields = {
      number: invoice.number ?? null,
      status: psaInvoiceStatus(invoice.status),
      invoice_date: invoice.issueDate ?? null,
      due_date: invoice.dueDate ?? null,
      amount_in_cents: cents(invoice.net),
      tax_in_cents: cents(invoice.tax),
      paid_in_cents: cents(invoice.amountPaid),
    };
    const { record, created } = await this.createOnce.run(
      () => this.find(id),
      () =>
        this.api.create<PsaInvoice>('invoices', 'invoice', {
          workspace_id: workspace.id,
          currency: workspace.currency,
          external_reference: id,
          time_entry_ids: invoice.timeEntries,
          expense_ids: invoice.expenses,
          ...fields,
        }),
    );
    await this.links.link(PsaEntity.Invoice, id, record.id);
    const changed = Object.entries(fields).some(
      ([field, value]) => record[field as keyof PsaInvoice] !== value,
    );
    if (!created && changed) await this.api.update('invoices', 'invoice', record.id, fields);
    return this.get(id);
  }

  async get(id: string): Promise<PsaInvoiceDto> {
    const psaId = await this.links.psaId(PsaEntity.Invoice, id);
    const found = psaId ? await this.api.one<PsaInvoice>('invoices', psaId, INCLUDE) : undefined;
    if (!found)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `Invoice ${id} has not been recorded in the PSA.`,
      );
    const { record } = found;
    const projects = await this.links.projectsOfWorkspaces([record.workspace_id]);
    const money = (minor: number | null) =>
      minor === null ? undefined : Money.fromMinor(minor, record.currency).toJSON();
    return {
      id,
      project: projects.get(record.workspace_id) ?? '',
      number: record.number ?? undefined,
      status: invoiceStatusOf(record.status),
      issueDate: record.invoice_date ?? undefined,
      dueDate: record.due_date ?? undefined,
      net: money(record.amount_in_cents),
      tax: money(record.tax_in_cents),
      amountPaid: money(record.paid_in_cents),
      timeEntries: record.time_entry_ids ?? [],
      expenses: record.expense_ids ?? [],
    };
  }

  private async find(id: string): Promise<PsaInvoice | undefined> {
    const psaId = await this.links.psaId(PsaEntity.Invoice, id);
    if (psaId) {
      const linked = await this.api.one<PsaInvoice>('invoices', psaId);
      if (linked) return linked.record;
    }
    const [found] = await this.api.all<PsaInvoice>('invoices', { external_reference: id });
    return found;
  }
}

function cents(amount: MoneyJson): number {
  return Money.fromJson(amount).toMinorNumber();
}
