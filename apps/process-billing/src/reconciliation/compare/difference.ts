import type { Money } from '@p2c/canonical';
import type { ReconciledComparison, ReconciledIssue } from '@p2c/persistence';
import type { Measure } from './measure';

/**
 * One entry two sides disagree on. `missing` and `extra` carry what the second side lacks or has
 * too much; `different` carries the second side's value less the first's.
 */
export interface Difference {
  comparison: ReconciledComparison;
  issue: ReconciledIssue;
  /** a posting id, a billing event id, or `erp:<internal id>` of a record keyed into the ERP */
  entry: string;
  /** the PSA's id of the time entry or expense */
  source?: string;
  minutes?: number;
  amount?: Money;
  detail: string;
}

interface Named {
  comparison: ReconciledComparison;
  entry: string;
  source?: string;
  detail: string;
}

export function missing(named: Named, measure: Measure): Difference {
  return { ...named, issue: 'missing', ...measure };
}

export function extra(named: Named, measure: Measure): Difference {
  return { ...named, issue: 'extra', ...measure };
}

/**
 * How `found` (the second side) differs from `reference` (the first) in what both know;
 * undefined when they agree. Amounts in two currencies differ with no amount to name.
 */
export function delta(named: Named, reference: Measure, found: Measure): Difference | undefined {
  const minutes =
    reference.minutes !== undefined && found.minutes !== undefined
      ? found.minutes - reference.minutes
      : undefined;
  const [before, after] = [reference.amount, found.amount];
  if (before && after && before.currency !== after.currency)
    return {
      ...named,
      issue: 'different',
      minutes: minutes || undefined,
      detail: `${named.detail}: ${after.toString()} against ${before.toString()}`,
    };
  const amount = before && after ? after.minus(before) : undefined;
  if (!minutes && (!amount || amount.isZero())) return undefined;
  return { ...named, issue: 'different', minutes, amount };
}
