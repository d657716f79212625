import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Money, REASON_CATALOGUE, ReasonCode, cataloguedReason } from '@p2c/canonical';
import {
  ApiClient,
  ApiProblemError,
  InjectApiClient,
  SystemErpApi,
  absentOn404,
  unwrap,
} from '@p2c/clients';
import type { TimePostingKind } from '@p2c/persistence';
import { TIME_REASON_CODES } from '../exceptions/reason-codes';
import { TimeMetrics } from '../kpis/time-metrics';
import type { PricedEntry } from '../pricing/priced-entry';
import { CallBatcher, ItemOutcome } from './call-batcher';
import { PostingBlockedException } from './posting-blocked.exception';
import type { PostingRow } from './posting-row';

type ErpSchemas = SystemErpApi.components['schemas'];
type PostingBatchResult = ErpSchemas['PostingBatchResultDto'];

/** The ERP's record of one posting. */
export interface ErpPostingAnswer {
  erpId: string;
}

/**
 * One kind of posting in the ERP's project accounting (through system-erp), by the posting id
 * the flow derives from the entry. A refusal that retrying cannot fix becomes a
 * PostingBlockedException; anything retryable is thrown as it came.
 */
export interface ErpPostingTarget<K extends TimePostingKind = TimePostingKind> {
  /** the ERP record type, as the ledger names the target of a hop */
  readonly recordType: 'timeBill' | 'expenseReport';
  /** The ERP's record of the posting when it holds exactly this version, priced as now. */
  landed(postingId: string, priced: PricedEntry): Promise<ErpPostingAnswer | undefined>;
  /**
   * Creates the posting, or changes the one record in place to this version (a correction),
   * sent to the ERP with the other postings of its kind ready at the same time (see
   * postingBatcher).
   */
  put(row: PostingRow<K>, priced: PricedEntry): Promise<ErpPostingAnswer>;
  /** Takes the posting out of project accounting; undefined when the ERP holds none. */
  reverse(postingId: string): Promise<ErpPostingAnswer | undefined>;
}

/** Approved time as the ERP's timeBills. */
@Injectable()
export class ErpTimePostings implements ErpPostingTarget<'TIME'> {
  readonly recordType = 'timeBill';
  private readonly batches: CallBatcher<ErpSchemas['TimePostingBatchItemDto'], ErpPostingAnswer>;
  private readonly lookups: CallBatcher<string, ErpSchemas['TimePostingDto'] | undefined>;

  constructor(
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
    @Inject(ConfigService) config: ConfigService,
    metrics: TimeMetrics,
  ) {
    this.batches = postingBatcher(config, (postings) => {
      metrics.batchSent('TIME', postings.length);
      return unwrap(this.erp.POST('/time-postings/batch', { body: { postings } }));
    });
    this.lookups = lookupBatcher(config, (id) => {
      metrics.lookupSent('TIME', id.length);
      return unwrap(this.erp.GET('/time-postings', { params: { query: { id } } }));
    });
  }

  async landed(postingId: string, priced: PricedEntry): Promise<ErpPostingAnswer | undefined> {
    const found = await this.lookups.submit(postingId);
    const holds =
      found?.status === 'POSTED' &&
      found.project === priced.project &&
      found.worker === priced.worker &&
      found.workDate === priced.workDate &&
      found.minutes === priced.minutes &&
      found.billable === priced.billable &&
      (found.billRate?.amount ?? null) === (priced.billRate?.toDecimal() ?? null);
    return holds ? found : undefined;
  }

  put(row: PostingRow<'TIME'>, priced: PricedEntry): Promise<ErpPostingAnswer> {
    return this.batches.submit({
      id: row.id,
      project: priced.project,
      worker: priced.worker,
      workDate: priced.workDate,
      hours: row.latest.hours,
      billable: priced.billable,
      billRate: priced.billRate?.toJSON(),
      memo: `PSA time entry ${row.sourceId} v${row.latestVersion}`,
    });
  }

  async reverse(postingId: string): Promise<ErpPostingAnswer | undefined> {
    try {
      return await absentOn404(
        unwrap(
          this.erp.POST('/time-postings/{id}/reversal', { params: { path: { id: postingId } } }),
        ),
      );
    } catch (error) {
      throw blocked(error, `the reversal of posting ${postingId}`);
    }
  }
}

/**
 * Approved expenses as the ERP's expenseReports, at cost: the ERP applies no markup to an
 * expense, so the billable value with the contract's markup stays on the gateway's posting,
 * where billing takes it from.
 */
@Injectable()
export class ErpExpensePostings implements ErpPostingTarget<'EXPENSE'> {
  readonly recordType = 'expenseReport';
  private readonly batches: CallBatcher<ErpSchemas['ExpensePostingBatchItemDto'], ErpPostingAnswer>;
  private readonly lookups: CallBatcher<string, ErpSchemas['ErpExpensePostingDto'] | undefined>;

  constructor(
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
    @Inject(ConfigService) config: ConfigService,
    metrics: TimeMetrics,
  ) {
    this.batches = postingBatcher(config, (postings) => {
      metrics.batchSent('EXPENSE', postings.length);
      return unwrap(this.erp.POST('/expense-postings/batch', { body: { postings } }));
    });
    this.lookups = lookupBatcher(config, (id) => {
      metrics.lookupSent('EXPENSE', id.length);
      return unwrap(this.erp.GET('/expense-postings', { params: { query: { id } } }));
    });
  }

  async landed(postingId: string, priced: PricedEntry): Promise<ErpPostingAnswer | undefined> {
    const found = await this.lookups.submit(postingId);
    const holds =
      found?.status === 'POSTED' &&
      found.project === priced.project &&
      found.worker === priced.worker &&
      found.date === priced.workDate &&
      found.billable === priced.billable &&
      Money.fromJson(found.amount).equals(priced.cost);
    return holds ? found : undefined;
  }

  put(row: PostingRow<'EXPENSE'>, priced: PricedEntry): Promise<ErpPostingAnswer> {
    return this.batches.submit({
      id: row.id,
      project: priced.project,
      worker: priced.worker,
      date: priced.workDate,
      amount: priced.cost.toJSON(),
      billable: priced.billable,
      memo: `PSA expense ${row.sourceId} v${row.latestVersion}: ${row.latest.category}`.slice(
        0,
        999,
      ),
    });
  }

  async reverse(postingId: string): Promise<ErpPostingAnswer | undefined> {
    try {
      return await absentOn404(
        unwrap(
          this.erp.POST('/expense-postings/{id}/reversal', {
            params: { path: { id: postingId } },
          }),
        ),
      );
    } catch (error) {
      throw blocked(error, `the reversal of expense posting ${postingId}`);
    }
  }
}

/** The ERP postings of each kind of entry. */
@Injectable()
export class ErpPostings {
  private readonly targets: { [K in TimePostingKind]: ErpPostingTarget<K> };

  constructor(time: ErpTimePostings, expenses: ErpExpensePostings) {
    this.targets = { TIME: time, EXPENSE: expenses };
  }

  of<K extends TimePostingKind>(kind: K): ErpPostingTarget<K> {
    return this.targets[kind];
  }
}

/**
 * Postings of one kind gathered into system-erp's batch calls (TIME_POSTING_BATCH_SIZE at most,
 * TIME_POSTING_BATCH_LINGER_MS at most for a lone one). Each posting gets its own answer: its
 * ERP id, or the refusal of it alone as a PostingBlockedException. A failure of the whole call
 * (429, 5xx, a timeout) reaches every posting of it as it came, each job deciding on its own
 * (defer, retry, give up). A batch refused whole as malformed (400) is sent again one posting a
 * call, so only the posting at fault is blocked.
 */
function postingBatcher<I extends { id: string }>(
  config: ConfigService,
  send: (postings: I[]) => Promise<{ results: PostingBatchResult[] }>,
): CallBatcher<I, ErpPostingAnswer> {
  const post = async (postings: I[]): Promise<ItemOutcome<ErpPostingAnswer>[]> => {
    let results: PostingBatchResult[];
    try {
      ({ results } = await send(postings));
    } catch (error) {
      if (postings.length > 1 && error instanceof ApiProblemError && error.status === 400)
        return (await Promise.all(postings.map((posting) => post([posting])))).flat();
      throw blocked(
        error,
        postings.length === 1 ? `posting ${postings[0].id}` : `${postings.length} postings`,
      );
    }
    const byId = new Map(results.map((result) => [result.id, result]));
    return postings.map(({ id }): ItemOutcome<ErpPostingAnswer> => {
      const result = byId.get(id);
      if (!result)
        return { status: 'rejected', reason: new Error(`system-erp answered nothing for ${id}`) };
      if (result.status === 'posted' && result.erpId !== undefined)
        return { status: 'fulfilled', value: { erpId: result.erpId } };
      if (result.status === 'failed') return { status: 'rejected', reason: failure(result) };
      return {
        status: 'rejected',
        reason: refusal(`posting ${id}`, {
          code: result.reasonCode ?? ReasonCode.VENDOR_REJECTED,
          vendorCode: result.vendorCode ?? null,
          detail: result.detail ?? 'no reason given',
        }),
      };
    });
  };
  return new CallBatcher(
    config.getOrThrow<number>('TIME_POSTING_BATCH_SIZE'),
    config.getOrThrow<number>('TIME_POSTING_BATCH_LINGER_MS'),
    post,
  );
}

/**
 * Postings of one kind looked up in system-erp's `GET /…-postings?id=…`, the postings ready at
 * the same moment in one call (as postingBatcher gathers writes): a retried batch asks once
 * whether its postings landed, not once a posting. Each caller gets the ERP's record of its
 * posting, or undefined when the ERP holds none; a failure of the call reaches each of them.
 */
function lookupBatcher<R extends { id?: string }>(
  config: ConfigService,
  lookup: (ids: string[]) => Promise<{ items: R[] }>,
): CallBatcher<string, R | undefined> {
  return new CallBatcher(
    config.getOrThrow<number>('TIME_POSTING_BATCH_SIZE'),
    config.getOrThrow<number>('TIME_POSTING_BATCH_LINGER_MS'),
    async (ids) => {
      const { items } = await lookup([...new Set(ids)]);
      const byId = new Map(items.map((item) => [item.id, item]));
      return ids.map((id) => ({ status: 'fulfilled', value: byId.get(id) }));
    },
  );
}

/**
 * A posting of a batch that failed alone at system-erp (its project could not be read, the ERP
 * limited that read, …) as the error its single PUT would have answered: the job retries or
 * defers it as it would that one, and skips the look first when nothing of it reached the ERP.
 */
function failure(result: PostingBatchResult): ApiProblemError {
  const code = result.reasonCode ?? 'INTERNAL_ERROR';
  const detail = result.detail ?? 'no reason given';
  return new ApiProblemError({
    app: 'system-erp',
    status: result.problemStatus ?? 500,
    code,
    detail: `posting ${result.id}: ${detail}`,
    retryAfter: result.retryAfter,
    problem: { code, detail, mayHaveTakenEffect: result.mayHaveTakenEffect ?? true },
  });
}

/** An ERP refusal no retry can fix, of a whole call (see refusal); anything else as it came. */
function blocked(error: unknown, what: string): unknown {
  if (!(error instanceof ApiProblemError) || error.retryable || error.status >= 500) return error;
  const vendorCode = typeof error.problem.vendorCode === 'string' ? error.problem.vendorCode : null;
  return refusal(what, { code: error.code, vendorCode, detail: error.detail });
}

/**
 * An ERP refusal no retry can fix, as the block a person acts on. system-erp answers with the
 * reason catalogue's codes, so the code names the reason (a finer one is filed as its catalogue
 * entry says) and the catalogue says what to do; any refusal this flow has no reason for is
 * VENDOR_REJECTED.
 */
function refusal(
  what: string,
  refused: { code: string; vendorCode: string | null; detail: string },
): PostingBlockedException {
  const facts = {
    erpCode: refused.code,
    vendorCode: refused.vendorCode,
    erpDetail: refused.detail,
  };
  const catalogued = cataloguedReason(refused.code);
  const filed =
    catalogued?.kind === 'refusal' ? (catalogued.filedAs ?? catalogued.code) : undefined;
  const reason = TIME_REASON_CODES.find((code) => code === filed) ?? ReasonCode.VENDOR_REJECTED;
  const action =
    catalogued?.kind === 'refusal' ? catalogued.action : REASON_CATALOGUE[reason].action;
  return new PostingBlockedException(
    reason,
    `The ERP refused ${what}: ${refused.detail} ${action}`,
    facts,
  );
}
