import { Injectable } from '@nestjs/common';
import { CreateErpInvoiceDto, ErpInvoiceDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpInvoiceMapper } from './erp-invoice.mapper';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/**
 * Raises a project's invoice in the ERP once: its external id is the canonical invoice id (the
 * billing event's), an invoice the ERP already holds under it is answered as it is (an issued
 * invoice is never rewritten by a retry), and the ERP's upsert by external id means two racing
 * attempts still make one invoice. The ERP adds the legal entity's tax and refuses a closed
 * period, an inactive customer or another currency than the project's (VENDOR_REJECTED).
 */
@Injectable()
export class CreateInvoiceUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
    private readonly links: ErpLinks,
    private readonly mapper: ErpInvoiceMapper,
  ) {}

  async execute(id: string, invoice: CreateErpInvoiceDto): Promise<ErpInvoiceDto> {
    const existing = await this.erp.find('invoice', { externalId: id });
    if (existing) {
      await this.links.link('invoice', id, String(existing.id));
      return this.mapper.toInvoice(id, existing);
    }
    const otherCurrency = invoice.lines.find((line) => line.rate.currency !== invoice.currency);
    if (otherCurrency)
      throw new SystemErpException(
        SystemErpErrorCode.CURRENCY_MISMATCH,
        `Line "${otherCurrency.description}" is priced in ${otherCurrency.rate.currency}; the invoice is in ${invoice.currency}.`,
      );
    const project = await this.projects.byId(invoice.project);
    if (!project)
      throw new SystemErpException(
        SystemErpErrorCode.PROJECT_NOT_IN_ERP,
        `Project ${invoice.project} has no job in the ERP; onboard it first.`,
        { project: invoice.project },
      );
    const erpId = await this.erp.upsert('invoice', id, {
      entity: { id: project.erpId },
      job: { id: project.erpId },
      tranDate: invoice.issueDate,
      dueDate: invoice.dueDate ?? null,
      currency: await this.directory.currencyRef(invoice.currency),
      memo: invoice.memo ?? null,
      item: {
        items: invoice.lines.map((line) => ({
          description: line.description,
          quantity: Number(line.quantity),
          rate: Number(line.rate.amount),
        })),
      },
    });
    await this.links.link('invoice', id, erpId);
    return this.mapper.toInvoice(id, await this.erp.get('invoice', { id: erpId }));
  }
}
