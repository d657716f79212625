import type { ReconciledComparison, ReconciledSide } from '@p2c/persistence';
import type { Difference } from './compare/difference';
import { hoursOf } from './hours';

/** The side a comparison finds an entry missing from, extra in, or different in: its second. */
export const SIDE_OF: Readonly<Record<ReconciledComparison, ReconciledSide>> = {
  'psa-ledger': 'ledger',
  'ledger-erp': 'erp',
  'ledger-billed': 'billed',
  'billed-invoiced': 'invoiced',
};

const NAME: Readonly<Record<ReconciledSide, string>> = {
  psa: 'the PSA',
  ledger: 'the ledger',
  unposted: 'the ledger’s unposted work',
  erp: 'the ERP',
  billed: 'billing',
  invoiced: 'the ERP’s invoices',
  paid: 'payments',
};

/** `PSA vs ledger`, `ledger vs ERP`, … */
export function comparisonName(comparison: ReconciledComparison): string {
  const [first, second] = comparison.split('-') as [ReconciledSide, ReconciledSide];
  return `${NAME[first].replace(/^the /, '')} vs ${NAME[second].replace(/^the /, '')}`;
}

/** One difference in a sentence: `psa-time-31000017 (PSA 31000017): 8 h, 1960.00 USD missing in the ERP (…)`. */
export function describeDifference(difference: Difference): string {
  const side = NAME[SIDE_OF[difference.comparison]];
  const what = [
    difference.minutes !== undefined ? `${hoursOf(difference.minutes)} h` : undefined,
    difference.amount?.toString(),
  ]
    .filter(Boolean)
    .join(', ');
  const issue =
    difference.issue === 'different'
      ? `different in ${side} by ${what || 'its currency'}`
      : `${what ? `${what} ` : ''}${difference.issue} in ${side}`;
  const source = difference.source ? ` (PSA ${difference.source})` : '';
  return `${difference.entry}${source}: ${issue} (${difference.detail})`;
}
