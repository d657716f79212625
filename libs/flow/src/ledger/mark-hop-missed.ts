import type { EntityManager } from 'typeorm';

/**
 * Notes that the claimed attempt failed in a way that proves the target did nothing (it
 * refused, or limited us): the next claim need not look in the target first.
 */
export async function markHopMissed(
  manager: EntityManager,
  hopId: string,
  error: string,
): Promise<void> {
  await manager.query(
    `UPDATE sync_ledger SET status = 'failed', last_error = $2, updated_at = now()
      WHERE id = $1 AND status = 'pending'`,
    [hopId, error.slice(0, 2000)],
  );
}
