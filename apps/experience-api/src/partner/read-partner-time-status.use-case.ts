import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { PartnerTimeStatusPageDto } from './dto/partner-time-status-page.dto';
import { PartnerProjects } from './partner-projects';
import { projectPage } from './project-page';

/** Where the approved time of each of a partner's customers' projects stands, a page of projects at a time. */
@Injectable()
export class ReadPartnerTimeStatusUseCase {
  constructor(
    private readonly projects: PartnerProjects,
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
  ) {}

  async execute(
    partner: string,
    query: { limit: number; cursor?: string },
  ): Promise<PartnerTimeStatusPageDto> {
    const page = projectPage(await this.projects.all(partner), query);
    if (page.items.length === 0) return { items: [] };
    const status = await unwrap(
      this.time.GET('/time-status', {
        params: { query: { project: page.items.map((item) => item.project) } },
      }),
    );
    return {
      items: page.items.map((item, i) => ({ ...status.items[i], name: item.name })),
      nextCursor: page.nextCursor,
    };
  }
}
