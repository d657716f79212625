import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import type { CompletedHop } from './completed-hop';

// One statement for the batch; a hop already recorded (a repeated run) stays as it is.
const RECORD = `
  INSERT INTO sync_ledger (flow, source_system, source_type, source_id, source_version,
                           target_system, target_type, target_id, status, correlation_id,
                           legal_entity, project_id, amount_minor, currency, attempts,
                           completed_at)
  SELECT flow, source_system, source_type, source_id, source_version, target_system,
         target_type, target_id, 'succeeded', $2, legal_entity, project_id, amount_minor,
         currency, 1, now()
    FROM jsonb_to_recordset($1::jsonb) AS x(flow text, source_system text, source_type text,
           source_id text, source_version text, target_system text, target_type text,
           target_id text, legal_entity text, project_id text, amount_minor bigint,
           currency text)
  ON CONFLICT ON CONSTRAINT uq_sync_ledger_hop DO NOTHING`;

/** Records completed hops in the sync ledger, in the caller's transaction. */
export async function recordHops(
  manager: EntityManager,
  hops: readonly CompletedHop[],
): Promise<void> {
  if (hops.length === 0) return;
  const rows = hops.map((hop) => ({
    flow: hop.flow,
    source_system: hop.sourceSystem,
    source_type: hop.sourceType,
    source_id: hop.sourceId,
    source_version: hop.sourceVersion,
    target_system: hop.targetSystem,
    target_type: hop.targetType,
    target_id: hop.targetId,
    legal_entity: hop.legalEntity ?? null,
    project_id: hop.projectId ?? null,
    amount_minor: hop.amountMinor ?? null,
    currency: hop.currency ?? null,
  }));
  await manager.query(RECORD, [JSON.stringify(rows), currentCorrelationId() ?? null]);
}
