import type { LedgerSystem } from '@p2c/persistence';

/** A hop a flow made, recorded in the sync ledger once it is done (lineage). */
export interface CompletedHop {
  flow: string;
  sourceSystem: LedgerSystem;
  sourceType: string;
  sourceId: string;
  sourceVersion: string;
  targetSystem: LedgerSystem;
  targetType: string;
  targetId: string;
  projectId?: string;
  legalEntity?: string;
  amountMinor?: number;
  currency?: string;
}
