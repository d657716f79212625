import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';

/** What billing needs of a project's contract: its billing model, currency and legal entity. */
export interface ProjectTerms {
  /** the ERP project's class: `TIME_AND_MATERIALS`, `FIXED_FEE`, `MILESTONE`, `RETAINER` */
  billingModel?: string;
  currency: string;
  legalEntity: string;
}

/** A project's contract terms as the ERP holds them (the job's class, currency, subsidiary), read fresh. */
@Injectable()
export class ProjectTermsReader {
  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  async of(project: string): Promise<ProjectTerms> {
    const job = await unwrap(this.erp.GET('/projects/{id}', { params: { path: { id: project } } }));
    return { billingModel: job.class, currency: job.currency, legalEntity: job.legalEntity };
  }
}
