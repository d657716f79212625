import { Injectable } from '@nestjs/common';
import { ErpSalesDocumentInputDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpRecord } from '../erp/erp-record';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';
import { SalesDocumentKind } from './sales-document-kind';

/** What one kind of document adds to the shared write, and how it answers. */
export interface SalesDocumentParts<T> {
  /** the kind's own ERP fields; asked for only when the document is to be written */
  fields(): Promise<Record<string, unknown>>;
  present(record: ErpRecord): Promise<T>;
}

/**
 * Raises a project's invoice or credit memo in the ERP once: its external id is the canonical id
 * (the billing event's), a document the ERP already holds under it is answered as it is (an
 * issued document is never rewritten by a retry), and the ERP's upsert by external id means two
 * racing attempts still make one. The ERP adds the legal entity's tax and refuses a closed
 * period, an inactive customer or another currency than the project's (VENDOR_REJECTED).
 */
@Injectable()
export class SalesDocumentWriter {
  constructor(
    private readonly erp: ErpClient,
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
    private readonly links: ErpLinks,
  ) {}

  async raise<T>(
    kind: SalesDocumentKind,
    id: string,
    document: ErpSalesDocumentInputDto,
    parts: SalesDocumentParts<T>,
  ): Promise<T> {
    const existing = await this.erp.find(kind.recordType, { externalId: id });
    if (existing) {
      await this.links.link(kind.entityType, id, String(existing.id));
      return parts.present(existing);
    }
    const otherCurrency = document.lines.find((line) => line.rate.currency !== document.currency);
    if (otherCurrency)
      throw new SystemErpException(
        SystemErpErrorCode.CURRENCY_MISMATCH,
        `Line "${otherCurrency.description}" is priced in ${otherCurrency.rate.currency}; the ${kind.name} is in ${document.currency}.`,
      );
    const project = await this.projects.byId(document.project);
    if (!project)
      throw new SystemErpException(
        SystemErpErrorCode.PROJECT_NOT_IN_ERP,
        `Project ${document.project} has no job in the ERP; onboard it first.`,
        { project: document.project },
      );
    const erpId = await this.erp.upsert(kind.recordType, id, {
      entity: { id: project.erpId },
      job: { id: project.erpId },
      tranDate: document.issueDate,
      currency: await this.directory.currencyRef(document.currency),
      memo: document.memo ?? null,
      item: {
        items: document.lines.map((line) => ({
          description: line.description,
          quantity: Number(line.quantity),
          rate: Number(line.rate.amount),
        })),
      },
      ...(await parts.fields()),
    });
    await this.links.link(kind.entityType, id, erpId);
    return parts.present(await this.erp.get(kind.recordType, { id: erpId }));
  }
}
