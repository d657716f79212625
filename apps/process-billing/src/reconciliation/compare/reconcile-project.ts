import { Money } from '@p2c/canonical';
import type { ReconciledType } from '@p2c/persistence';
import { BilledShare, compareBilling } from './compare-billing';
import { compareWork } from './compare-work';
import { FigureSheet } from './figure-sheet';
import type { BilledEvent, ProjectSides } from './project-sides';
import type { ReconciledLine } from './reconciled-line';

/** The type a billing model's events (and PSA milestones) are reconciled as, besides time and expenses. */
const TYPE_OF_MODEL: Readonly<Record<string, ReconciledType>> = {
  MILESTONE: 'milestone',
  FIXED_FEE: 'fee',
  RETAINER: 'fee',
};

/**
 * One project's period, type by type: time and expenses through every side (PSA, ledger, ERP,
 * billing, invoices, payments); milestones (completed in the PSA) and fees (the PSA's schedule
 * lines of a fixed fee or retainer) from the PSA and through billing, invoices and payments.
 * Types no side holds anything of are left out.
 */
export function reconcileProject(sides: ProjectSides): ReconciledLine[] {
  const events = new Map(sides.billedEvents.map((event) => [event.id, event]));
  const lines: ReconciledLine[] = [];
  for (const type of ['time', 'expense'] as const) {
    const { figures, differences } = compareWork(sides, type);
    differences.push(...compareBilling(itemShares(sides, type, events), sides.invoices, figures));
    lines.push({ project: sides.project, type, figures, differences });
  }
  for (const type of ['milestone', 'fee'] as const) {
    const figures = new FigureSheet(sides.currency);
    if (TYPE_OF_MODEL[sides.billingModel ?? ''] === type)
      for (const milestone of sides.milestones)
        if (type === 'fee' || milestone.completed)
          figures.add('psa', { amount: Money.fromJson(milestone.amount) });
    const shares = sides.billedEvents
      .filter((event) => TYPE_OF_MODEL[event.billingModel] === type)
      .map((event) => ({
        event,
        measure: { amount: Money.fromMinor(event.netMinor, event.currency) },
        count: 1,
      }));
    const differences = compareBilling(shares, sides.invoices, figures);
    lines.push({ project: sides.project, type, figures, differences });
  }
  return lines.filter((line) => line.figures.sides.size > 0 || line.differences.length > 0);
}

/** Each event's items of one type: their minutes and amounts summed, and how many. */
function itemShares(
  sides: ProjectSides,
  type: 'time' | 'expense',
  events: ReadonlyMap<string, BilledEvent>,
): BilledShare[] {
  const sums = new Map<string, { minutes: number; amount: Money; count: number }>();
  const kind = type === 'time' ? 'TIME' : 'EXPENSE';
  for (const item of sides.billedItems.filter((i) => i.kind === kind)) {
    const sum = sums.get(item.billingEvent);
    const amount = Money.fromMinor(item.amountMinor, item.currency);
    sums.set(item.billingEvent, {
      minutes: (sum?.minutes ?? 0) + (item.minutes ?? 0),
      amount: sum ? sum.amount.plus(amount) : amount,
      count: (sum?.count ?? 0) + 1,
    });
  }
  return [...sums].flatMap(([id, sum]) => {
    const event = events.get(id);
    if (!event) return [];
    const minutes = type === 'time' ? sum.minutes : undefined;
    return [{ event, measure: { minutes, amount: sum.amount }, count: sum.count }];
  });
}
