import { Injectable } from '@nestjs/common';
import { Money, REASON_CATALOGUE, ReasonCode, cataloguedReason } from '@p2c/canonical';
import { ApiClient, ApiProblemError, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { TimePostingKind } from '@p2c/persistence';
import { TIME_REASON_CODES } from '../exceptions/reason-codes';
import type { PricedEntry } from '../pricing/priced-entry';
import { PostingBlockedException } from './posting-blocked.exception';
import type { PostingRow } from './posting-row';

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
  /** Creates the posting, or changes the one record in place to this version (a correction). */
  put(row: PostingRow<K>, priced: PricedEntry): Promise<ErpPostingAnswer>;
  /** Takes the posting out of project accounting; undefined when the ERP holds none. */
  reverse(postingId: string): Promise<ErpPostingAnswer | undefined>;
}

/** Approved time as the ERP's timeBills. */
@Injectable()
export class ErpTimePostings implements ErpPostingTarget<'TIME'> {
  readonly recordType = 'timeBill';

  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  async landed(postingId: string, priced: PricedEntry): Promise<ErpPostingAnswer | undefined> {
    const found = await absentOn404(
      unwrap(this.erp.GET('/time-postings/{id}', { params: { path: { id: postingId } } })),
    );
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

  async put(row: PostingRow<'TIME'>, priced: PricedEntry): Promise<ErpPostingAnswer> {
    const entry = row.latest;
    try {
      return await unwrap(
        this.erp.PUT('/time-postings/{id}', {
          params: { path: { id: row.id } },
          body: {
            project: priced.project,
            worker: priced.worker,
            workDate: priced.workDate,
            hours: entry.hours,
            billable: priced.billable,
            billRate: priced.billRate?.toJSON(),
            memo: `PSA time entry ${row.sourceId} v${row.latestVersion}`,
          },
        }),
      );
    } catch (error) {
      throw blocked(error, `posting ${row.id}`);
    }
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

  constructor(@InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>) {}

  async landed(postingId: string, priced: PricedEntry): Promise<ErpPostingAnswer | undefined> {
    const found = await absentOn404(
      unwrap(this.erp.GET('/expense-postings/{id}', { params: { path: { id: postingId } } })),
    );
    const holds =
      found?.status === 'POSTED' &&
      found.project === priced.project &&
      found.worker === priced.worker &&
      found.date === priced.workDate &&
      found.billable === priced.billable &&
      Money.fromJson(found.amount).equals(priced.cost);
    return holds ? found : undefined;
  }

  async put(row: PostingRow<'EXPENSE'>, priced: PricedEntry): Promise<ErpPostingAnswer> {
    const expense = row.latest;
    try {
      return await unwrap(
        this.erp.PUT('/expense-postings/{id}', {
          params: { path: { id: row.id } },
          body: {
            project: priced.project,
            worker: priced.worker,
            date: priced.workDate,
            amount: priced.cost.toJSON(),
            billable: priced.billable,
            memo: `PSA expense ${row.sourceId} v${row.latestVersion}: ${expense.category}`.slice(
              0,
              999,
            ),
          },
        }),
      );
    } catch (error) {
      throw blocked(error, `expense posting ${row.id}`);
    }
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
 * An ERP refusal no retry can fix, as the block a person acts on. system-erp answers with the
 * reason catalogue's codes, so the code names the reason (a finer one is filed as its catalogue
 * entry says) and the catalogue says what to do; any refusal this flow has no reason for is
 * VENDOR_REJECTED.
 */
function blocked(error: unknown, what: string): unknown {
  if (!(error instanceof ApiProblemError) || error.retryable || error.status >= 500) return error;
  const vendorCode = typeof error.problem.vendorCode === 'string' ? error.problem.vendorCode : null;
  const facts = { erpCode: error.code, vendorCode, erpDetail: error.detail };
  const refusal = cataloguedReason(error.code);
  const filed = refusal?.kind === 'refusal' ? (refusal.filedAs ?? refusal.code) : undefined;
  const reason = TIME_REASON_CODES.find((code) => code === filed) ?? ReasonCode.VENDOR_REJECTED;
  const action = refusal?.kind === 'refusal' ? refusal.action : REASON_CATALOGUE[reason].action;
  return new PostingBlockedException(
    reason,
    `The ERP refused ${what}: ${error.detail} ${action}`,
    facts,
  );
}
