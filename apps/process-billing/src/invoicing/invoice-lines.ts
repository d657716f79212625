import type { ErpInvoiceLineDto } from '@p2c/canonical';
import { Money } from '@p2c/canonical';

/** What invoice lines are made from: a billing event item's kind, role, minutes, rate and amount. */
export interface BillableItem {
  kind: 'TIME' | 'EXPENSE';
  role: string | null;
  minutes: number | null;
  rateMinor: number | null;
  amountMinor: number;
}

/**
 * A billing event's invoice lines: time grouped by role (and by bill rate, when a rate changed
 * within the role's items), then the billable expenses in one line. Each line's quantity × rate,
 * as the ERP multiplies it (half up to the cent), is exactly the sum of its items' amounts; where
 * it would not be (hours that are no exact decimal, or per-entry rounding that sums otherwise)
 * the line bills its items' sum as one unit and names the hours instead. So the lines always add
 * up to the event's net, to the cent.
 */
export function invoiceLines(
  items: readonly BillableItem[],
  currency: string,
  period: string,
): ErpInvoiceLineDto[] {
  const time = new Map<string, { role: string; rateMinor: number; minutes: number; sum: bigint }>();
  let expenses: bigint | undefined;
  for (const item of items) {
    if (item.kind === 'EXPENSE') {
      expenses = (expenses ?? 0n) + BigInt(item.amountMinor);
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
  const lines = [...time.values()]
    .sort((a, b) => a.role.localeCompare(b.role) || a.rateMinor - b.rateMinor)
    .map((group) => timeLine(group, currency, period));
  if (expenses !== undefined)
    lines.push({
      description: `Billable expenses, ${period}`,
      quantity: '1',
      rate: Money.fromMinor(expenses, currency).toJSON(),
    });
  return lines;
}

function timeLine(
  group: { role: string; rateMinor: number; minutes: number; sum: bigint },
  currency: string,
  period: string,
): ErpInvoiceLineDto {
  const rate = Money.fromMinor(group.rateMinor, currency);
  const hours = exactHours(group.minutes);
  const sum = Money.fromMinor(group.sum, currency);
  if (hours !== undefined && rate.times(hours).equals(sum))
    return { description: `${group.role} time, ${period}`, quantity: hours, rate: rate.toJSON() };
  return {
    description: `${group.role} time, ${period}: ${exactHours(group.minutes) ?? (group.minutes / 60).toFixed(4)} h at ${rate.toDecimal()} ${currency}`,
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
