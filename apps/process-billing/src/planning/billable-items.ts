import { Money } from '@p2c/canonical';
import type { BillingEventItem, BillingScheduleLine } from '@p2c/persistence';
import type { PostingView } from './unbilled-postings';

/** A billing event item before it belongs to an event. */
export type ItemDraft = Omit<
  BillingEventItem,
  'id' | 'billingEventId' | 'billingEvent' | 'scheduleLine' | 'createdAt'
>;

/** What billing event items already bill of one posting, over all its versions. */
export interface BilledPosting {
  minutes: number;
  amountMinor: number;
  /** the newest posted version an item holds */
  version: number;
}

/**
 * What a posting still has to bill: everything, if no item holds it yet; else the difference its
 * newer version (a correction, or a reversal, which bills nothing) makes to what was billed of
 * it, as an item of that version. Undefined when there is nothing to bill: not posted (or
 * reversed), no billable value, or no change since the version billed.
 */
export function postingItem(
  posting: PostingView,
  billed: BilledPosting | undefined,
): ItemDraft | undefined {
  const reversed = posting.status === 'reversed';
  if (!reversed && posting.status !== 'posted') return undefined;
  const version = reversed ? posting.latestVersion : posting.postedVersion;
  if (version === undefined || !posting.accountingPeriod || !posting.billableValue)
    return undefined;
  if (billed && version <= billed.version) return undefined;
  if (!billed && reversed) return undefined;
  const time = posting.kind === 'TIME';
  const currency = posting.billableValue.currency;
  const value = reversed ? Money.zero(currency) : Money.fromJson(posting.billableValue);
  const minutes = time && !reversed ? (posting.minutes ?? 0) : 0;
  const amount = value.minus(Money.fromMinor(billed?.amountMinor ?? 0, currency));
  const minutesToBill = minutes - (billed?.minutes ?? 0);
  if (amount.isZero() && (!time || minutesToBill === 0)) return undefined;
  return {
    kind: time ? 'TIME' : 'EXPENSE',
    postingId: posting.id,
    postedVersion: version,
    sourceSystem: posting.sourceSystem,
    sourceId: posting.sourceId,
    postedAt: posting.postedAt ? new Date(posting.postedAt) : null,
    scheduleLineId: null,
    // an expense's category: expenses are invoiced by category
    description: time ? null : (posting.category ?? null),
    role: time ? (posting.role ?? null) : null,
    workDate: posting.workDate ?? null,
    accountingPeriod: posting.accountingPeriod,
    minutes: time ? minutesToBill : null,
    rateMinor: time && posting.billRate ? Money.fromJson(posting.billRate).toMinorNumber() : null,
    amountMinor: amount.toMinorNumber(),
    currency,
  };
}

const LINE_KINDS = {
  FIXED_FEE: 'FEE',
  RETAINER: 'RETAINER',
  MILESTONE: 'MILESTONE',
} as const;

/** A due (or completed) schedule line as the item that bills it. */
export function scheduleItem(line: BillingScheduleLine): ItemDraft {
  const billableOn = line.completedOn ?? line.dueDate;
  return {
    kind: LINE_KINDS[line.billingModel],
    postingId: null,
    postedVersion: null,
    sourceSystem: null,
    sourceId: null,
    postedAt: null,
    scheduleLineId: line.id,
    description: line.name,
    role: null,
    workDate: billableOn,
    accountingPeriod: billableOn.slice(0, 7),
    minutes: null,
    rateMinor: null,
    amountMinor: line.amountMinor,
    currency: line.currency,
  };
}

/** The net of items, in their currency. */
export function netOf(items: readonly ItemDraft[], currency: string): Money {
  return items.reduce(
    (sum, item) => sum.plus(Money.fromMinor(item.amountMinor, currency)),
    Money.zero(currency),
  );
}
