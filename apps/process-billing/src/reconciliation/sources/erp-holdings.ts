import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type {
  ErpExpensePosting,
  ErpInvoice,
  ErpProject,
  ErpTimePosting,
} from '../compare/project-sides';

/** The ERP lists at most this many time postings a page. */
const PAGE = 1000;

/** What the ERP holds, through system-erp: projects, time and expense postings, invoices. */
@Injectable()
export class ErpHoldings {
  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  /** The project's job, read fresh; undefined when the ERP has none. */
  project(id: string): Promise<ErpProject | undefined> {
    return absentOn404(unwrap(this.erp.GET('/projects/{id}', { params: { path: { id } } })));
  }

  /** Every timeBill of the project, whatever its status and date. */
  async timePostings(project: string): Promise<ErpTimePosting[]> {
    const postings: ErpTimePosting[] = [];
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        this.erp.GET('/projects/{id}/time-postings', {
          params: { path: { id: project }, query: { limit: PAGE, cursor } },
        }),
      );
      postings.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return postings;
  }

  async expensePosting(id: string): Promise<ErpExpensePosting | undefined> {
    return absentOn404(
      unwrap(this.erp.GET('/expense-postings/{id}', { params: { path: { id } } })),
    );
  }

  async invoice(id: string): Promise<ErpInvoice | undefined> {
    return absentOn404(unwrap(this.erp.GET('/invoices/{id}', { params: { path: { id } } })));
  }
}
