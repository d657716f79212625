import { Injectable } from '@nestjs/common';
import { ErpSalesDocumentDto, Money, MoneyJson } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpRecord, refOf, textOf } from '../erp/erp-record';

/**
 * What an ERP invoice and an ERP credit memo share, in canonical terms: number, project,
 * customer, legal entity, period, and amounts as exact Money in the document's currency.
 */
@Injectable()
export class ErpSalesDocumentMapper {
  constructor(
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
    private readonly links: ErpLinks,
  ) {}

  async toDocument(id: string, document: ErpRecord): Promise<ErpSalesDocumentDto> {
    const currency = await this.currencyOf(document);
    const jobErpId = refOf(document.job)?.id ?? refOf(document.entity)?.id;
    const project = jobErpId === undefined ? undefined : await this.projects.byErpId(jobErpId);
    const customerErpId = project?.customerErpId ?? refOf(document.entity)?.id;
    const periodErpId = refOf(document.postingPeriod)?.id;
    const period =
      periodErpId === undefined
        ? undefined
        : await this.directory.periods.find((entry) => entry.erpId === periodErpId);
    return {
      id,
      erpId: String(document.id),
      number: textOf(document.tranId) ?? String(document.id),
      project: project?.id,
      customer:
        customerErpId === undefined
          ? undefined
          : await this.links.canonicalIdOf('customer', customerErpId),
      legalEntity: await this.directory.legalEntityOf(refOf(document.subsidiary)?.id),
      issueDate: textOf(document.tranDate) ?? '',
      period: period?.startDate.slice(0, 7),
      net: this.money(document.subtotal, currency),
      tax: this.money(document.taxTotal, currency),
      total: this.money(document.total, currency),
    };
  }

  /** An ERP amount (a JSON number) as exact Money; an absent one is zero. */
  money(value: unknown, currency: string): MoneyJson {
    return Money.of(
      typeof value === 'number' || typeof value === 'string' ? value : 0,
      currency,
    ).toJSON();
  }

  async currencyOf(document: ErpRecord): Promise<string> {
    const currency = await this.directory.currencyOf(refOf(document.currency)?.id);
    if (currency === undefined)
      throw new Error(
        `ERP document ${String(document.id)} has a currency the gateway does not know`,
      );
    return currency;
  }
}
