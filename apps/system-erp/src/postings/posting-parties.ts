import { Injectable } from '@nestjs/common';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpProjectRef, ErpProjectRefs } from '../erp/erp-project-refs';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/** A posting's project and worker, canonical ids. */
export interface PostingParties {
  project?: string;
  worker?: string;
}

/**
 * Who a posting (time or expense) is for, in both directions: the canonical project and worker
 * as the ERP's job and employee before a write, and back again when a record is read. Reads come
 * from the cached references, so a page of postings costs no extra ERP calls.
 */
@Injectable()
export class PostingPartyRefs {
  constructor(
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
  ) {}

  /**
   * The job and employee to post against; 422 PROJECT_NOT_IN_ERP, WORKER_UNMAPPED, or
   * CURRENCY_MISMATCH when `currency` (of an amount or rate) is not the project's.
   */
  async toErp(
    posting: Required<PostingParties>,
    currency: string | undefined,
  ): Promise<{ project: ErpProjectRef; employeeErpId: string }> {
    const project = await this.projects.byId(posting.project);
    if (!project)
      throw new SystemErpException(
        SystemErpErrorCode.PROJECT_NOT_IN_ERP,
        `Project ${posting.project} has no job in the ERP; onboard it first.`,
        { project: posting.project },
      );
    const employee = await this.directory.employeeOf(posting.worker);
    if (!employee)
      throw new SystemErpException(
        SystemErpErrorCode.WORKER_UNMAPPED,
        `Worker ${posting.worker} has no employee record in the ERP (by external id or entity id); add one before posting for them.`,
        { worker: posting.worker },
      );
    if (currency !== undefined && project.currency !== undefined && currency !== project.currency)
      throw new SystemErpException(
        SystemErpErrorCode.CURRENCY_MISMATCH,
        `The posting is in ${currency}; project ${posting.project} is in ${project.currency}.`,
        { project: posting.project, currency: project.currency },
      );
    return { project, employeeErpId: employee.employee.erpId };
  }

  /** The canonical project (with its job's currency) and worker of an ERP record's references. */
  async fromErp(
    jobErpId: string | undefined,
    employeeErpId: string | undefined,
  ): Promise<PostingParties & { currency?: string }> {
    const project = jobErpId ? await this.projects.byErpId(jobErpId) : undefined;
    const employee =
      employeeErpId === undefined
        ? undefined
        : await this.directory.employees.find((entry) => entry.erpId === employeeErpId);
    return {
      project: project?.id,
      worker: employee?.externalId ?? employee?.entityId,
      currency: project?.currency,
    };
  }
}
