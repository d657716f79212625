import type { EntityManager } from 'typeorm';

/**
 * The target confirmed the claimed hop, with the id it answered. With `replacing`, the source's
 * hops of its other versions in that flow are marked as no longer what the target holds (a
 * correction replaced them in place). In the transaction of the change the target confirmed.
 */
export async function markHopSucceeded(
  manager: EntityManager,
  hopId: string,
  targetId: string | null,
  replacing?: { sourceSystem: string; sourceId: string; flow: string },
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
      replacing?.sourceSystem ?? null,
      replacing?.sourceId ?? null,
      replacing?.flow ?? null,
    ],
  );
}
