import type { CompletedHop } from './completed-hop';

/**
 * A hop of the sync ledger a flow is about to make (one source version to one target, in one
 * flow), claimed before the target write, with the dimensions reconciliation reads.
 */
export interface HopClaim extends Omit<CompletedHop, 'targetId'> {
  accountingPeriod?: string;
}
