import { Injectable } from '@nestjs/common';
import { ErpProjectDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpLinks } from '../erp/erp-links';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpProjectMapper } from './erp-project.mapper';
import { ERP_JOB_STATUS, projectStatusOf } from './project-status';

/** Puts a project's job "In Progress" so it takes time; an active project is left as it is. */
@Injectable()
export class ActivateProjectUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly links: ErpLinks,
    private readonly projects: ErpProjectRefs,
    private readonly mapper: ErpProjectMapper,
  ) {}

  async execute(id: string): Promise<ErpProjectDto> {
    const job = await this.erp.get('job', { externalId: id });
    const erpId = String(job.id);
    await this.links.link('project', id, erpId);
    if (projectStatusOf(job) === 'ACTIVE') return this.mapper.toProject(id, job);
    await this.erp.update('job', erpId, { entityStatus: { id: ERP_JOB_STATUS.ACTIVE } });
    this.projects.forget(id, erpId);
    return this.mapper.toProject(id, await this.erp.get('job', { id: erpId }));
  }
}
