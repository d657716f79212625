import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { PsaExpense, PsaMilestone, PsaTimeEntry } from '../compare/project-sides';

/** system-psa's passes take at most this many records a page. */
const PAGE = 500;

/**
 * What the PSA holds as approved, through system-psa: every approved time entry and expense (a
 * whole first pass, newest version of each), and a project's milestones.
 */
@Injectable()
export class PsaWork {
  constructor(@InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>) {}

  async approvedTime(): Promise<PsaTimeEntry[]> {
    return newestOfEach(
      await this.pass((cursor) =>
        unwrap(this.psa.GET('/time-entries', { params: { query: { limit: PAGE, cursor } } })),
      ),
    );
  }

  async approvedExpenses(): Promise<PsaExpense[]> {
    return newestOfEach(
      await this.pass((cursor) =>
        unwrap(this.psa.GET('/expenses', { params: { query: { limit: PAGE, cursor } } })),
      ),
    );
  }

  /** The project's milestones by due date; none when the PSA has no such project. */
  async milestones(project: string): Promise<PsaMilestone[]> {
    const found = await absentOn404(
      unwrap(this.psa.GET('/projects/{id}/milestones', { params: { path: { id: project } } })),
    );
    return found ?? [];
  }

  private async pass<T>(
    page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string }>,
  ): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const answer = await page(cursor);
      items.push(...answer.items);
      cursor = answer.nextCursor;
    } while (cursor);
    return items;
  }
}

/** A pass may hand out a record again after it changed: keep its newest version. */
function newestOfEach<T extends { sourceId: string; sourceVersion: number }>(records: T[]): T[] {
  const newest = new Map<string, T>();
  for (const record of records) {
    const seen = newest.get(record.sourceId);
    if (!seen || seen.sourceVersion < record.sourceVersion) newest.set(record.sourceId, record);
  }
  return [...newest.values()];
}
