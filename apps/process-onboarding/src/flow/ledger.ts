import { currentCorrelationId } from '@p2c/observability';
import type { EntityManager } from 'typeorm';
import type { LedgerHop } from './step-handler';

/** Records lineage hops as succeeded; a hop already recorded (a repeated run) stays as it is. */
export async function recordHops(manager: EntityManager, hops: readonly LedgerHop[]) {
  for (const hop of hops)
    await manager.query(
      `INSERT INTO sync_ledger (flow, source_system, source_type, source_id, source_version,
                                target_system, target_type, target_id, status, correlation_id,
                                legal_entity, project_id, amount_minor, currency, attempts,
                                completed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'succeeded', $9, $10, $11, $12, $13, 1, now())
       ON CONFLICT ON CONSTRAINT uq_sync_ledger_hop DO NOTHING`,
      [
        hop.flow,
        hop.sourceSystem,
        hop.sourceType,
        hop.sourceId,
        hop.sourceVersion,
        hop.targetSystem,
        hop.targetType,
        hop.targetId,
        currentCorrelationId() ?? null,
        hop.legalEntity ?? null,
        hop.projectId,
        hop.amountMinor ?? null,
        hop.currency ?? null,
      ],
    );
}
