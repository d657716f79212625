import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LedgerSystem } from '@p2c/persistence';
import { ClaimedHop, claimHops, sqlRows } from '@p2c/flow';
import type { PostingRow } from './posting-row';

/** Hops of the sync ledger this flow writes (lineage, and the claim before a target write). */
export const LEDGER_FLOWS = {
  TIME: { intake: 'time-intake', post: 'time-posting', reverse: 'time-reversal' },
  EXPENSE: { intake: 'expense-intake', post: 'expense-posting', reverse: 'expense-reversal' },
} as const;

export interface LedgerHop {
  flow: string;
  targetSystem: LedgerSystem;
  targetType: string;
  legalEntity?: string;
  period?: string;
  project?: string;
  amountMinor?: number;
  currency?: string;
}

export function sourceTypeOf(row: Pick<PostingRow, 'kind'>): string {
  return row.kind === 'TIME' ? 'time_entry' : 'expense';
}

/**
 * The hops of an entry's postings in the sync ledger: a version's hop is claimed (see claimHop
 * of @p2c/flow) before the ERP write and settled after it; a block fails it, a reversal
 * supersedes what the ERP held.
 */
@Injectable()
export class PostingLedger {
  claim(manager: EntityManager, row: PostingRow, hop: LedgerHop): Promise<ClaimedHop> {
    return this.claimAll(manager, [{ row, hop }]).then(([claimed]) => claimed);
  }

  /** claim for many entries in one statement, answered in the order given. */
  claimAll(
    manager: EntityManager,
    claims: readonly { row: PostingRow; hop: LedgerHop }[],
  ): Promise<ClaimedHop[]> {
    return claimHops(
      manager,
      claims.map(({ row, hop }) => ({
        flow: hop.flow,
        sourceSystem: row.sourceSystem,
        sourceType: sourceTypeOf(row),
        sourceId: row.sourceId,
        sourceVersion: String(row.latestVersion),
        targetSystem: hop.targetSystem,
        targetType: hop.targetType,
        legalEntity: hop.legalEntity,
        accountingPeriod: hop.period,
        projectId: hop.project,
        amountMinor: hop.amountMinor,
        currency: hop.currency,
      })),
    );
  }

  async fail(manager: EntityManager, row: PostingRow, flow: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE sync_ledger SET status = 'failed', last_error = $5, updated_at = now()
        WHERE source_system = $1 AND source_id = $2 AND source_version = $3 AND flow = $4
          AND status = 'pending'`,
      [row.sourceSystem, row.sourceId, String(row.latestVersion), flow, error.slice(0, 2000)],
    );
  }

  /** Whether any version was ever claimed for the target (it may hold something). */
  async everClaimed(manager: EntityManager, row: PostingRow, flow: string): Promise<boolean> {
    const found = await sqlRows(
      manager,
      `SELECT 1 FROM sync_ledger
        WHERE source_system = $1 AND source_id = $2 AND flow = $3
          AND status IN ('pending', 'succeeded') LIMIT 1`,
      [row.sourceSystem, row.sourceId, flow],
    );
    return found.length > 0;
  }

  /** Marks every hop of the entry in a flow as undone (a reversal took them out). */
  async supersede(manager: EntityManager, row: PostingRow, flow: string): Promise<void> {
    await manager.query(
      `UPDATE sync_ledger SET status = 'reversed', updated_at = now()
        WHERE source_system = $1 AND source_id = $2 AND flow = $3
          AND status IN ('pending', 'succeeded')`,
      [row.sourceSystem, row.sourceId, flow],
    );
  }
}
