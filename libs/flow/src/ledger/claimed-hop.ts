import type { SyncLedgerStatus } from '@p2c/persistence';

/** A hop as its claim left it. */
export interface ClaimedHop {
  id: string;
  status: SyncLedgerStatus;
  /** claims of this hop so far, this one included */
  attempts: number;
  targetId: string | null;
  /** an earlier claim may have reached the target (it was not proven to have missed) */
  mayHaveLanded: boolean;
}
