import { unwrap } from '@p2c/clients';
import { IndependentPrices } from './independent-prices';
import { projectOf } from './northwind-projects';
import type { PricedEntry } from './priced-staff';
import type { TimeTestBed } from './time-test-bed';

/** What the ERP holds against what should be there, read from the ERP alone. */
export interface DrillVerdict {
  exact: boolean;
  /** what the ERP holds no record of: approved entries without a time bill, projects without an invoice */
  missing: string[];
  /** what the ERP holds more than one record of */
  doubled: string[];
  /** projects whose amounts in the ERP are not what they should be */
  wrongSums: { project: string; expected: string; erp: string }[];
  /** processes whose memory grew past the drill's bound */
  overgrown?: string[];
}

const cents = (amount: string): bigint => {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
};

/**
 * Every approved entry's time bill present once, and each project's minutes and billable amount
 * to the cent, priced independently from the scenario's rates.
 */
export async function postingVerdict(
  bed: TimeTestBed,
  approved: { id: string; entry: PricedEntry }[],
): Promise<DrillVerdict> {
  const held = new Map<string, number>();
  for (const bill of await bed.erpRecords('timeBill')) {
    const externalId = String(bill.externalId);
    if (externalId.startsWith('psa-time-')) held.set(externalId, (held.get(externalId) ?? 0) + 1);
  }
  const missing = approved.filter(({ id }) => !held.has(`psa-time-${id}`)).map(({ id }) => id);
  const doubled = [...held].filter(([, count]) => count > 1).map(([externalId]) => externalId);

  const prices = new IndependentPrices();
  const erp = bed.erpClient(60_000);
  const wrongSums: DrillVerdict['wrongSums'] = [];
  for (const opportunity of new Set(approved.map(({ entry }) => entry.opportunity))) {
    const mine = approved.map(({ entry }) => entry).filter((e) => e.opportunity === opportunity);
    const card = prices.rateCardOf(opportunity);
    const minutes = mine.reduce((sum, e) => sum + e.hours * 60, 0);
    const billable = mine.reduce(
      (sum, e) =>
        sum + IndependentPrices.amount(prices.billRateCents(card, e.role, e.date)!, e.hours * 60),
      0n,
    );
    const summary = await unwrap(
      erp.GET('/projects/{id}/time-postings/summary', {
        params: { path: { id: projectOf(opportunity) } },
      }),
    );
    if (summary.minutes !== minutes || cents(summary.billableAmount.amount) !== billable)
      wrongSums.push({
        project: projectOf(opportunity),
        expected: `${minutes} min, ${billable} cents`,
        erp: `${summary.minutes} min, ${cents(summary.billableAmount.amount)} cents`,
      });
  }
  return {
    exact: missing.length === 0 && doubled.length === 0 && wrongSums.length === 0,
    missing,
    doubled,
    wrongSums,
  };
}

/** `exact`, or what is missing, doubled or off, by id. */
export function verdictLine(verdict: DrillVerdict): string {
  if (verdict.exact) return 'exact';
  const shown = (ids: string[]) => `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`;
  return [
    verdict.missing.length && `${verdict.missing.length} missing (${shown(verdict.missing)})`,
    verdict.doubled.length && `${verdict.doubled.length} doubled (${shown(verdict.doubled)})`,
    ...verdict.wrongSums.map((sum) => `${sum.project}: ERP ${sum.erp}, expected ${sum.expected}`),
    ...(verdict.overgrown ?? []).map((grown) => `memory grew: ${grown}`),
  ]
    .filter(Boolean)
    .join('; ');
}
