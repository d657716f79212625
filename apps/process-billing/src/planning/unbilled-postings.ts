import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiClient, InjectApiClient, ProcessTimeApi, unwrap } from '@p2c/clients';

/** A posting as process-time answers it. */
export type PostingView = ProcessTimeApi.SchemaPostingDto;

type PostingsQuery = NonNullable<ProcessTimeApi.operations['listPostings']['parameters']['query']>;

/**
 * The billable postings a run may bill, read through process-time's API (its postings are its
 * own): of the legal entity, in the run's period or an earlier one, whatever their status (a
 * posting reversed after it was billed is credited). What of them is still to bill is decided
 * against the billing event items, under the run's lock.
 */
@Injectable()
export class UnbilledPostings {
  constructor(
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
    private readonly config: ConfigService,
  ) {}

  read(legalEntity: string, period: string): Promise<PostingView[]> {
    return this.all({ legalEntity, periodTo: period });
  }

  /** The legal entity's billable postings the ERP holds now, of any period (the unbilled KPI). */
  posted(legalEntity: string): Promise<PostingView[]> {
    return this.all({ legalEntity, status: 'posted' });
  }

  private async all(
    query: Pick<PostingsQuery, 'legalEntity' | 'periodTo' | 'status'>,
  ): Promise<PostingView[]> {
    const limit = this.config.getOrThrow<number>('BILLING_PAGE_SIZE');
    // keyed by id: a posting changed while the pages are read may come twice (or wait for the next run)
    const found = new Map<string, PostingView>();
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        this.time.GET('/postings', {
          params: { query: { ...query, billable: true, limit, cursor } },
        }),
      );
      for (const posting of page.items) found.set(posting.id, posting);
      cursor = page.nextCursor;
    } while (cursor);
    return [...found.values()];
  }
}
