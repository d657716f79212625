import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { PartnerTimeEntryDto } from './dto/partner-time-entry.dto';
import { PartnerPortalException } from './partner-portal.exception';
import { PartnerProjects } from './partner-projects';
import { partnerTimeEntry } from './partner-views';

/**
 * One PSA time entry on a project of a partner's customers. The entry and the partner's projects
 * are read side by side whatever the answer, so an entry of another partner's project costs the
 * same calls as one that does not exist, and answers the same 404.
 */
@Injectable()
export class GetPartnerTimeEntryUseCase {
  constructor(
    private readonly projects: PartnerProjects,
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
  ) {}

  async execute(partner: string, timeEntry: string): Promise<PartnerTimeEntryDto> {
    const [postings, projects] = await Promise.all([
      unwrap(
        this.time.GET('/postings', {
          params: { query: { sourceId: timeEntry, kind: 'TIME' } },
        }),
      ),
      this.projects.all(partner),
    ]);
    const posting = postings.items.find((item) => item.sourceSystem === 'psa');
    if (!posting?.project || !projects.some((project) => project.project === posting.project))
      throw PartnerPortalException.notFound('time entry', timeEntry);
    return partnerTimeEntry(posting);
  }
}
