import { Injectable } from '@nestjs/common';
import type { PartnerProjectPageDto } from './dto/partner-project-page.dto';
import { PartnerProjects } from './partner-projects';
import { partnerProject } from './partner-views';
import { projectPage } from './project-page';

/** The projects of a partner's customers, newest first. */
@Injectable()
export class ListPartnerProjectsUseCase {
  constructor(private readonly projects: PartnerProjects) {}

  async execute(
    partner: string,
    query: { limit: number; cursor?: string },
  ): Promise<PartnerProjectPageDto> {
    const page = projectPage(await this.projects.all(partner), query);
    return { items: page.items.map(partnerProject), nextCursor: page.nextCursor };
  }
}
