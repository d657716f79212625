import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import type { LedgerSystem, SyncLedgerStatus } from '@p2c/persistence';
import { sqlRows } from '@p2c/flow';
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

export interface ClaimedHop {
  id: string;
  status: SyncLedgerStatus;
  /** claims of this hop so far, this one included */
  attempts: number;
  targetId: string | null;
  /** an earlier claim may have reached the target (it was not proven to have missed) */
  mayHaveLanded: boolean;
}

export function sourceTypeOf(row: Pick<PostingRow, 'kind'>): string {
  return row.kind === 'TIME' ? 'time_entry' : 'expense';
}

/**
 * The ledger unique on (source system, entry id, entry version, target, flow): a version is
 * claimed — committed — before the target write, so a retry after a crash knows an earlier
 * attempt may have landed and looks in the target first (unless that attempt was proven to have
 * missed: refused or rate-limited).
 */
@Injectable()
export class PostingLedger {
  async claim(manager: EntityManager, row: PostingRow, hop: LedgerHop): Promise<ClaimedHop> {
    // `before` reads the hop as it was ahead of this statement's own insert or update
    const [claimed] = await sqlRows<ClaimedHop>(
      manager,
      `WITH before AS (
         SELECT status FROM sync_ledger
          WHERE source_system = $2 AND source_id = $4 AND source_version = $5
            AND target_system = $6 AND flow = $1),
       claimed AS (
         INSERT INTO sync_ledger (flow, source_system, source_type, source_id, source_version,
                                  target_system, target_type, status, correlation_id,
                                  legal_entity, accounting_period, project_id, amount_minor,
                                  currency, attempts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10, $11, $12, $13, 1)
         ON CONFLICT ON CONSTRAINT uq_sync_ledger_hop DO UPDATE
            SET attempts = sync_ledger.attempts + 1,
                status = CASE WHEN sync_ledger.status = 'failed' THEN 'pending'
                              ELSE sync_ledger.status END,
                correlation_id = EXCLUDED.correlation_id,
                legal_entity = EXCLUDED.legal_entity,
                accounting_period = EXCLUDED.accounting_period,
                project_id = EXCLUDED.project_id,
                amount_minor = EXCLUDED.amount_minor,
                currency = EXCLUDED.currency,
                updated_at = now()
         RETURNING id, status, attempts, target_id)
       SELECT claimed.id, claimed.status, claimed.attempts, claimed.target_id AS "targetId",
              coalesce(before.status = 'pending', false) AS "mayHaveLanded"
         FROM claimed LEFT JOIN before ON true`,
      [
        hop.flow,
        row.sourceSystem,
        sourceTypeOf(row),
        row.sourceId,
        String(row.latestVersion),
        hop.targetSystem,
        hop.targetType,
        currentCorrelationId() ?? null,
        hop.legalEntity ?? null,
        hop.period ?? null,
        hop.project ?? null,
        hop.amountMinor ?? null,
        hop.amountMinor === undefined ? null : hop.currency,
      ],
    );
    return claimed;
  }

  /**
   * Notes that the claimed attempt failed in a way that proves the target did nothing (it
   * refused, or limited us): the next claim need not look in the target first.
   */
  async missed(manager: EntityManager, hopId: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE sync_ledger SET status = 'failed', last_error = $2, updated_at = now()
        WHERE id = $1 AND status = 'pending'`,
      [hopId, error.slice(0, 2000)],
    );
  }

  /**
   * The target confirmed the claimed hop; with `replacing`, the hops of the entry's other
   * versions in that flow are marked as no longer what the target holds (a correction replaced
   * them in place).
   */
  async succeed(
    manager: EntityManager,
    hopId: string,
    targetId: string | null,
    replacing?: { row: PostingRow; flow: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE sync_ledger
          SET status = CASE WHEN id = $1 THEN 'succeeded' ELSE 'reversed' END,
              target_id = CASE WHEN id = $1 THEN $2 ELSE target_id END,
              completed_at = CASE WHEN id = $1 THEN now() ELSE completed_at END,
              last_error = CASE WHEN id = $1 THEN NULL ELSE last_error END,
              updated_at = now()
        WHERE id = $1
           OR ($3::text IS NOT NULL AND source_system = $3 AND source_id = $4 AND flow = $5
               AND status IN ('pending', 'succeeded') AND id <> $1)`,
      [
        hopId,
        targetId,
        replacing?.row.sourceSystem ?? null,
        replacing?.row.sourceId ?? null,
        replacing?.flow ?? null,
      ],
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
