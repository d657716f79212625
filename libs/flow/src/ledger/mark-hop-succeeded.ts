import type { EntityManager } from 'typeorm';

/** A claimed hop the target confirmed, with the id it answered (see markHopSucceeded). */
export interface SucceededHop {
  hopId: string;
  targetId: string | null;
  /** the source whose hops of other versions in `flow` the target no longer holds */
  replacing?: { sourceSystem: string; sourceId: string; flow: string };
}

// One statement for any number of hops: the replaced hops are never among the confirmed ones
const MARK = `
  WITH done AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS x(hop_id uuid, target_id text, source_system text, source_id text, flow text)),
  succeeded AS (
    UPDATE sync_ledger l
       SET status = 'succeeded', target_id = done.target_id, completed_at = now(),
           last_error = NULL, updated_at = now()
      FROM done
     WHERE l.id = done.hop_id
    RETURNING l.id)
  UPDATE sync_ledger l
     SET status = 'reversed', updated_at = now()
    FROM done
   WHERE done.source_system IS NOT NULL
     AND l.source_system = done.source_system AND l.source_id = done.source_id
     AND l.flow = done.flow AND l.status IN ('pending', 'succeeded')
     AND l.id NOT IN (SELECT hop_id FROM done)`;

/**
 * The target confirmed the claimed hop, with the id it answered. With `replacing`, the source's
 * hops of its other versions in that flow are marked as no longer what the target holds (a
 * correction replaced them in place). In the transaction of the change the target confirmed.
 */
export function markHopSucceeded(
  manager: EntityManager,
  hopId: string,
  targetId: string | null,
  replacing?: SucceededHop['replacing'],
): Promise<void> {
  return markHopsSucceeded(manager, [{ hopId, targetId, replacing }]);
}

/** markHopSucceeded for many hops in one statement. */
export async function markHopsSucceeded(
  manager: EntityManager,
  hops: readonly SucceededHop[],
): Promise<void> {
  if (hops.length === 0) return;
  const done = hops.map(({ hopId, targetId, replacing }) => ({
    hop_id: hopId,
    target_id: targetId,
    source_system: replacing?.sourceSystem ?? null,
    source_id: replacing?.sourceId ?? null,
    flow: replacing?.flow ?? null,
  }));
  await manager.query(MARK, [JSON.stringify(done)]);
}
