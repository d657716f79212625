import { Injectable } from '@nestjs/common';
import { ErpProjectDto } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { ErpRecord, refOf, textOf } from '../erp/erp-record';
import { projectStatusOf } from './project-status';

/** An ERP job in canonical terms. */
@Injectable()
export class ErpProjectMapper {
  constructor(
    private readonly directory: ErpDirectory,
    private readonly links: ErpLinks,
  ) {}

  async toProject(id: string, job: ErpRecord): Promise<ErpProjectDto> {
    const customerErpId = refOf(job.parent)?.id;
    return {
      id,
      erpId: String(job.id),
      name: textOf(job.companyName) ?? '',
      customer:
        customerErpId === undefined
          ? undefined
          : await this.links.canonicalIdOf('customer', customerErpId),
      legalEntity: (await this.directory.legalEntityOf(refOf(job.subsidiary)?.id)) ?? '',
      costCenter: await this.directory.costCenterOf(refOf(job.department)?.id),
      class: await this.directory.classOf(refOf(job.class)?.id),
      currency: (await this.directory.currencyOf(refOf(job.currency)?.id)) ?? '',
      startDate: textOf(job.startDate),
      endDate: textOf(job.projectedEndDate),
      status: projectStatusOf(job),
    };
  }
}
