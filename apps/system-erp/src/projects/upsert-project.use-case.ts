import { Injectable } from '@nestjs/common';
import { ErpProjectDto, UpsertErpProjectDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpUpserts } from '../erp/erp-upserts';
import { ErpProjectMapper } from './erp-project.mapper';
import { ERP_JOB_STATUS } from './project-status';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/**
 * Creates or changes the ERP job of a canonical project (external id = canonical id) under its
 * customer's ERP record, with its subsidiary, department and class named by their codes, and
 * cross-references it. A status left out is not touched: a change order does not deactivate
 * an active project. The ERP refuses unknown or inactive dimensions (VENDOR_REJECTED).
 */
@Injectable()
export class UpsertProjectUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly upserts: ErpUpserts,
    private readonly links: ErpLinks,
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
    private readonly mapper: ErpProjectMapper,
  ) {}

  async execute(id: string, project: UpsertErpProjectDto): Promise<ErpProjectDto> {
    const customerErpId = await this.links.erpIdOf('customer', project.customer);
    if (customerErpId === undefined)
      throw new SystemErpException(
        SystemErpErrorCode.CUSTOMER_NOT_IN_ERP,
        `Customer ${project.customer} has no ERP record yet; upsert it or link a match first.`,
        { customer: project.customer },
      );
    const status = project.status as keyof typeof ERP_JOB_STATUS | undefined;
    const erpId = await this.upserts.upsert('job', 'project', id, {
      companyName: project.name,
      parent: { id: customerErpId },
      subsidiary: { externalId: project.legalEntity },
      department: { externalId: project.costCenter },
      ...(project.class === undefined ? {} : { class: { externalId: project.class } }),
      ...(project.currency === undefined
        ? {}
        : { currency: await this.directory.currencyRef(project.currency) }),
      startDate: project.startDate,
      projectedEndDate: project.endDate ?? null,
      ...(status === undefined ? {} : { entityStatus: { id: ERP_JOB_STATUS[status] } }),
    });
    this.projects.forget(id, erpId);
    return this.mapper.toProject(id, await this.erp.get('job', { id: erpId }));
  }
}
