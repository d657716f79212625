import { Injectable } from '@nestjs/common';
import type { PartnerProjectDto } from './dto/partner-project.dto';
import { PartnerPortalException } from './partner-portal.exception';
import { PartnerProjects } from './partner-projects';
import { partnerProject } from './partner-views';

/**
 * One project of a partner's customers. Asked of process-onboarding with the partner in the
 * query, so another partner's project and one that does not exist take the same path to the
 * same 404.
 */
@Injectable()
export class GetPartnerProjectUseCase {
  constructor(private readonly projects: PartnerProjects) {}

  async execute(partner: string, id: string): Promise<PartnerProjectDto> {
    const found = await this.projects.one(partner, id);
    if (!found) throw PartnerPortalException.notFound('project', id);
    return partnerProject(found);
  }
}
