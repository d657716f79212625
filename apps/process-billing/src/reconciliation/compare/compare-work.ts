import { Money, periodOf } from '@p2c/canonical';
import { Difference, delta, extra, missing } from './difference';
import { FigureSheet } from './figure-sheet';
import type { Measure } from './measure';
import { postingIdOf } from './posting-id';
import type { LedgerPosting, ProjectSides } from './project-sides';

type WorkType = 'time' | 'expense';

/** What one PSA record (an entry or an expense) holds, by its PSA id. */
interface PsaRecord {
  source: string;
  version: number;
  measure: Measure;
}

const KIND = { time: 'TIME', expense: 'EXPENSE' } as const;
/** A posting the ledger no longer counts: taken out, or withdrawn before it posted. */
const GONE = new Set(['reversed', 'withdrawn']);
/** A posting on its way to the ERP, or waiting as the posting flow's own exception case. */
const UNPOSTED = new Set(['pending', 'blocked']);

const money = (json: { amount: string; currency: string } | undefined, currency: string) =>
  json ? Money.fromJson(json) : Money.zero(currency);

/**
 * Time or expenses of one project and period: approved in the PSA against the ledger (posted or
 * on its way), the ledger's posted ones against the ERP's records, and what billing items bill
 * against the ledger's billable value. Amounts are the billable value for time (the PSA's time
 * has none) and what was spent for expenses; billing's are billable values (with the markup).
 */
export function compareWork(sides: ProjectSides, type: WorkType) {
  const figures = new FigureSheet(sides.currency);
  const differences: Difference[] = [];
  const postings = sides.ledger.filter((posting) => posting.kind === KIND[type]);
  const bySource = new Map(postings.map((posting) => [posting.sourceId, posting]));
  const byId = new Map(postings.map((posting) => [posting.id, posting]));
  const inPeriod = (posting: LedgerPosting) =>
    (posting.accountingPeriod ?? (posting.workDate && periodOf(posting.workDate))) === sides.period;
  const posted = postings.filter((posting) => posting.status === 'posted' && inPeriod(posting));
  // the ledger's value of a posting on the sides that hold no billable value (the PSA, the ERP's expenses)
  const held = (posting: LedgerPosting): Measure =>
    type === 'time'
      ? { minutes: posting.minutes ?? 0, amount: money(posting.billableValue, sides.currency) }
      : { amount: money(posting.cost, sides.currency) };

  const psa = psaRecords(sides, type);
  for (const record of psa) figures.add('psa', record.measure);
  for (const posting of postings.filter(inPeriod)) {
    if (posting.status === 'posted') figures.add('ledger', held(posting));
    else if (UNPOSTED.has(posting.status)) {
      // what is not priced yet has no amount to count
      const { minutes, amount } = held(posting);
      const priced = type === 'time' ? posting.billableValue : posting.cost;
      figures.add('unposted', { minutes, amount: priced ? amount : undefined });
    }
  }

  const approved = new Set(psa.map((record) => record.source));
  for (const record of psa) {
    const posting = bySource.get(record.source);
    const named = {
      comparison: 'psa-ledger' as const,
      entry: posting?.id ?? postingIdOf(type, record.source),
      source: record.source,
    };
    if (!posting || GONE.has(posting.status))
      differences.push(
        missing(
          {
            ...named,
            detail: posting
              ? `approved in the PSA, ${posting.status} in the ledger`
              : 'approved in the PSA, and the ledger has no posting of it',
          },
          record.measure,
        ),
      );
    else if (posting.status === 'posted' && !inPeriod(posting))
      differences.push(
        missing(
          { ...named, detail: `the ledger books it in ${posting.accountingPeriod}` },
          record.measure,
        ),
      );
    else if (posting.status === 'posted') {
      const found = delta(
        {
          ...named,
          detail: `PSA version ${record.version}, ledger version ${posting.postedVersion}`,
        },
        record.measure,
        held(posting),
      );
      if (found) differences.push(found);
    }
  }
  for (const posting of posted.filter((p) => !approved.has(p.sourceId)))
    differences.push(
      extra(
        {
          comparison: 'psa-ledger',
          entry: posting.id,
          source: posting.sourceId,
          detail: 'posted in the ledger, not approved in the PSA',
        },
        held(posting),
      ),
    );

  if (type === 'time') compareTimeWithErp(sides, posted, byId, held, figures, differences);
  else compareExpensesWithErp(sides, posted, held, figures, differences);
  compareWithBilling(sides, type, byId, differences);
  return { figures, differences };
}

function psaRecords(sides: ProjectSides, type: WorkType): PsaRecord[] {
  if (type === 'time')
    return sides.psaTime.map((entry) => ({
      source: entry.sourceId,
      version: entry.sourceVersion,
      measure: { minutes: entry.minutes },
    }));
  return sides.psaExpenses.map((expense) => ({
    source: expense.sourceId,
    version: expense.sourceVersion,
    measure: { amount: Money.fromJson(expense.amount) },
  }));
}

/** The ledger's posted time against the ERP's timeBills (by external id = posting id). */
function compareTimeWithErp(
  sides: ProjectSides,
  posted: LedgerPosting[],
  byId: ReadonlyMap<string, LedgerPosting>,
  held: (posting: LedgerPosting) => Measure,
  figures: FigureSheet,
  differences: Difference[],
): void {
  const counted = sides.erpTime.filter(
    (bill) => bill.status === 'POSTED' && periodOf(bill.workDate) === sides.period,
  );
  const measure = (bill: (typeof counted)[number]): Measure => ({
    minutes: bill.minutes,
    amount: money(bill.billableAmount, sides.currency),
  });
  for (const bill of counted) figures.add('erp', measure(bill));
  const bills = new Map(sides.erpTime.flatMap((bill) => (bill.id ? [[bill.id, bill]] : [])));
  const compared = new Set<string>();
  for (const posting of posted) {
    const bill = bills.get(posting.id);
    const named = {
      comparison: 'ledger-erp' as const,
      entry: posting.id,
      source: posting.sourceId,
    };
    if (!bill || bill.status !== 'POSTED')
      differences.push(
        missing(
          {
            ...named,
            detail: bill
              ? `posted in the ledger, the ERP's timeBill ${bill.erpId} is ${bill.status}`
              : 'posted in the ledger, and the ERP has no timeBill of it',
          },
          held(posting),
        ),
      );
    else if (periodOf(bill.workDate) !== sides.period)
      differences.push(
        missing(
          { ...named, detail: `the ERP's timeBill ${bill.erpId} is dated ${bill.workDate}` },
          held(posting),
        ),
      );
    else {
      compared.add(posting.id);
      const found = delta(
        { ...named, detail: `timeBill ${bill.erpId}` },
        held(posting),
        measure(bill),
      );
      if (found) differences.push(found);
    }
  }
  for (const bill of counted) {
    if (bill.id && compared.has(bill.id)) continue;
    const posting = bill.id ? byId.get(bill.id) : undefined;
    // a new version on its way: the ERP may hold the one before it for a moment
    if (posting?.status === 'pending') continue;
    differences.push(
      extra(
        {
          comparison: 'ledger-erp',
          entry: bill.id ?? `erp:${bill.erpId}`,
          source: posting?.sourceId,
          detail: !bill.id
            ? `timeBill ${bill.erpId} was keyed into the ERP by hand`
            : posting?.status === 'posted'
              ? `timeBill ${bill.erpId}; the ledger books it in ${posting.accountingPeriod}`
              : posting
                ? `timeBill ${bill.erpId}; the ledger has it ${posting.status}`
                : `timeBill ${bill.erpId}; the ledger has no posting of it`,
        },
        measure(bill),
      ),
    );
  }
}

/**
 * The ledger's posted expenses against the ERP's expense reports, each read by its posting id.
 * The ERP lists no expense reports of a project, so one the ledger does not hold goes unseen.
 */
function compareExpensesWithErp(
  sides: ProjectSides,
  posted: LedgerPosting[],
  held: (posting: LedgerPosting) => Measure,
  figures: FigureSheet,
  differences: Difference[],
): void {
  for (const posting of posted) {
    const report = sides.erpExpenses.get(posting.id);
    const named = {
      comparison: 'ledger-erp' as const,
      entry: posting.id,
      source: posting.sourceId,
    };
    if (!report || report.status !== 'POSTED') {
      differences.push(
        missing(
          {
            ...named,
            detail: report
              ? `posted in the ledger, the ERP's expense report ${report.erpId} is ${report.status}`
              : 'posted in the ledger, and the ERP has no expense report of it',
          },
          held(posting),
        ),
      );
      continue;
    }
    const measure = { amount: Money.fromJson(report.amount) };
    figures.add('erp', measure);
    const found = delta(
      { ...named, detail: `expense report ${report.erpId}` },
      held(posting),
      measure,
    );
    if (found) differences.push(found);
  }
}

/**
 * What billing items bill each posting against the posting's billable value in the ledger.
 * Work not billed yet is no difference (a later run bills it); a posting whose new version is
 * on its way (or blocked) is compared once it has posted.
 */
function compareWithBilling(
  sides: ProjectSides,
  type: WorkType,
  byId: ReadonlyMap<string, LedgerPosting>,
  differences: Difference[],
): void {
  const byPosting = new Map<string, Measure & { versions: number[] }>();
  for (const item of sides.billedItems.filter((i) => i.kind === KIND[type])) {
    const measure: Measure = {
      minutes: type === 'time' ? (item.minutes ?? 0) : undefined,
      amount: Money.fromMinor(item.amountMinor, item.currency),
    };
    const sum = byPosting.get(item.postingId);
    byPosting.set(item.postingId, {
      minutes: measure.minutes === undefined ? undefined : (sum?.minutes ?? 0) + measure.minutes,
      amount: sum?.amount ? sum.amount.plus(measure.amount!) : measure.amount,
      versions: [...(sum?.versions ?? []), item.postedVersion],
    });
  }
  for (const [postingId, billed] of byPosting) {
    const posting = byId.get(postingId);
    const named = {
      comparison: 'ledger-billed' as const,
      entry: postingId,
      source: posting?.sourceId,
    };
    const measure = { minutes: billed.minutes, amount: billed.amount };
    if (!posting || GONE.has(posting.status))
      differences.push(
        extra(
          {
            ...named,
            detail: posting
              ? `billed, and ${posting.status} in the ledger`
              : 'billed, and the ledger has no posting of it',
          },
          measure,
        ),
      );
    else if (posting.status === 'posted') {
      const found = delta(
        {
          ...named,
          detail: `billed at version ${billed.versions.join(', ')}, posted at version ${posting.postedVersion}`,
        },
        {
          minutes: type === 'time' ? (posting.minutes ?? 0) : undefined,
          amount: money(posting.billableValue, sides.currency),
        },
        measure,
      );
      if (found) differences.push(found);
    }
  }
}
