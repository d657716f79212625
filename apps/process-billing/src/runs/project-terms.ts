import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';

/** What billing needs of a project's contract: its billing model and currency. */
export interface ProjectTerms {
  /** the ERP project's class: `TIME_AND_MATERIALS`, `FIXED_FEE`, `MILESTONE`, `RETAINER` */
  billingModel?: string;
  currency: string;
}

/**
 * Reads on the wire at once: each waits out the ERP's round trip, and system-erp paces its ERP
 * calls to the account's limit itself, so a few keep that pace full where one at a time left
 * the ERP idle between reads (a run of 1,000 projects spent most of its planning on them).
 */
const READS_AT_ONCE = 8;

/** A project's contract terms as the ERP holds them (the job's class and currency), read fresh. */
@Injectable()
export class ProjectTermsReader {
  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  async of(project: string): Promise<ProjectTerms> {
    const job = await unwrap(this.erp.GET('/projects/{id}', { params: { path: { id: project } } }));
    return { billingModel: job.class, currency: job.currency };
  }

  /** The terms of each project, READS_AT_ONCE read at a time; the first failure is thrown. */
  async ofEach(projects: readonly string[]): Promise<Map<string, ProjectTerms>> {
    const terms = new Map<string, ProjectTerms>();
    let next = 0;
    let failed = false;
    const reader = async () => {
      for (let i = next++; i < projects.length && !failed; i = next++)
        try {
          terms.set(projects[i], await this.of(projects[i]));
        } catch (error) {
          failed = true;
          throw error;
        }
    };
    await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, projects.length) }, reader));
    return terms;
  }
}
