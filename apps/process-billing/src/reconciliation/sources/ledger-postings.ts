import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { LedgerPosting } from '../compare/project-sides';

/**
 * process-time's postings (its ledger), through its API: a legal entity's postings of every status
 * up to a period, and postings by id (those not priced yet carry no legal entity).
 */
@Injectable()
export class LedgerPostings {
  constructor(
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
    private readonly config: ConfigService,
  ) {}

  async ofEntity(legalEntity: string, periodTo: string): Promise<LedgerPosting[]> {
    const limit = this.config.getOrThrow<number>('BILLING_PAGE_SIZE');
    // keyed by id: a posting changed while the pages are read may come twice
    const found = new Map<string, LedgerPosting>();
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        this.time.GET('/postings', { params: { query: { legalEntity, periodTo, limit, cursor } } }),
      );
      for (const posting of page.items) found.set(posting.id, posting);
      cursor = page.nextCursor;
    } while (cursor);
    return [...found.values()];
  }

  /** The postings with these ids that the ledger has. */
  async byIds(ids: readonly string[]): Promise<LedgerPosting[]> {
    const found: LedgerPosting[] = [];
    for (const id of ids) {
      const posting = await absentOn404(
        unwrap(this.time.GET('/postings/{id}', { params: { path: { id } } })),
      );
      if (posting) found.push(posting);
    }
    return found;
  }
}
