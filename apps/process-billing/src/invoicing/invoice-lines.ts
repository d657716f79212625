import type { ErpInvoiceLineDto } from '@p2c/canonical';
import { Money } from '@p2c/canonical';
import type { BillingEventItemKind } from '@p2c/persistence';

/** What invoice lines are made from: a billing event item's kind, role, minutes, rate, amount. */
export interface BillableItem {
  kind: BillingEventItemKind;
  role: string | null;
  minutes: number | null;
  rateMinor: number | null;
  amountMinor: number;
  /** a schedule line's name, an expense's category */
  description?: string | null;
}

interface TimeGroup {
  role: string;
  rateMinor: number;
  minutes: number;
  sum: bigint;
}

/**
 * A billing event's invoice lines: a line per fee, retainer or milestone line, time grouped by
 * role (and by bill rate, when a rate changed within the role's items), then the billable
 * expenses, a line per category. Each line's quantity × rate, as the ERP multiplies it (half up to the
 * cent), is exactly the sum of its items' amounts; where it would not be (hours that are no exact
 * decimal, or per-entry rounding that sums otherwise) the line bills its items' sum as one unit
 * and names the hours instead. So the lines always add up to the event's net, to the cent. A
 * group that bills less than before (a correction) is a line at the negative rate.
 */
export function invoiceLines(
  items: readonly BillableItem[],
  currency: string,
  period: string,
): ErpInvoiceLineDto[] {
  const scheduled: ErpInvoiceLineDto[] = [];
  const time = new Map<string, TimeGroup>();
  const expenses = new Map<string, bigint>();
  for (const item of items) {
    if (item.kind === 'EXPENSE') {
      const category = item.description ?? 'Billable';
      expenses.set(category, (expenses.get(category) ?? 0n) + BigInt(item.amountMinor));
      continue;
    }
    if (item.kind !== 'TIME') {
      scheduled.push({
        description: item.description ?? item.kind,
        quantity: '1',
        rate: Money.fromMinor(item.amountMinor, currency).toJSON(),
      });
      continue;
    }
    const role = item.role ?? 'Unassigned role';
    const rateMinor = item.rateMinor ?? 0;
    const key = `${role}\u0000${rateMinor}`;
    const group = time.get(key) ?? { role, rateMinor, minutes: 0, sum: 0n };
    group.minutes += item.minutes ?? 0;
    group.sum += BigInt(item.amountMinor);
    time.set(key, group);
  }
  const lines = [
    ...scheduled,
    ...[...time.values()]
      .filter((group) => group.sum !== 0n)
      .sort((a, b) => a.role.localeCompare(b.role) || a.rateMinor - b.rateMinor)
      .map((group) => timeLine(group, currency, period)),
  ];
  for (const [category, sum] of [...expenses].sort(([a], [b]) => a.localeCompare(b)))
    if (sum !== 0n)
      lines.push({
        description: `${category} expenses, ${period}`,
        quantity: '1',
        rate: Money.fromMinor(sum, currency).toJSON(),
      });
  return lines;
}

/** The same items with every amount and duration negated: a credit memo's lines bill them. */
export function negated<T extends BillableItem>(items: readonly T[]): T[] {
  return items.map((item) => ({
    ...item,
    amountMinor: -item.amountMinor,
    minutes: item.minutes === null ? null : -item.minutes,
  }));
}

function timeLine(group: TimeGroup, currency: string, period: string): ErpInvoiceLineDto {
  const correction = group.sum < 0n;
  const rate = Money.fromMinor(correction ? -group.rateMinor : group.rateMinor, currency);
  const hours = exactHours(Math.abs(group.minutes));
  const sum = Money.fromMinor(group.sum, currency);
  const what = `${group.role} time, ${period}${correction ? ', correction' : ''}`;
  if (hours !== undefined && rate.times(hours).equals(sum))
    return { description: what, quantity: hours, rate: rate.toJSON() };
  const shown = hours ?? (Math.abs(group.minutes) / 60).toFixed(4);
  return {
    description: `${what}: ${correction ? '−' : ''}${shown} h at ${Money.fromMinor(group.rateMinor, currency).toDecimal()} ${currency}`,
    quantity: '1',
    rate: sum.toJSON(),
  };
}

/** Minutes as hours written with at most 4 decimals (the ERP's quantity), if that is exact. */
function exactHours(minutes: number): string | undefined {
  const tenThousandths = minutes * 10_000;
  if (tenThousandths % 60 !== 0) return undefined;
  const value = tenThousandths / 60;
  const whole = Math.trunc(value / 10_000);
  const fraction = String(value % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
