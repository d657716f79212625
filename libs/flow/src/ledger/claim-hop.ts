import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import { sqlRows } from '../sql/sql-rows';
import type { ClaimedHop } from './claimed-hop';
import type { HopClaim } from './hop-claim';

// One statement for any number of hops, each a distinct (source, version, target, flow). The
// final SELECT's own read of sync_ledger sees the hops as they were ahead of this statement's
// inserts and updates (every part of a statement shares one snapshot): `before`, one index
// lookup per hop.
const CLAIM = `
  WITH incoming AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(n integer, flow text, source_system text,
             source_type text, source_id text, source_version text, target_system text,
             target_type text, legal_entity text, accounting_period text, project_id text,
             amount_minor bigint, currency text)),
  claimed AS (
    INSERT INTO sync_ledger (flow, source_system, source_type, source_id, source_version,
                             target_system, target_type, status, correlation_id,
                             legal_entity, accounting_period, project_id, amount_minor,
                             currency, attempts)
    SELECT flow, source_system, source_type, source_id, source_version, target_system,
           target_type, 'pending', $2, legal_entity, accounting_period, project_id,
           amount_minor, currency, 1
      FROM incoming
     ORDER BY source_system, source_id, source_version
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
    RETURNING id, status, attempts, target_id, flow, source_system, source_id, source_version,
              target_system)
  SELECT claimed.id, claimed.status, claimed.attempts, claimed.target_id AS "targetId",
         coalesce(before.status = 'pending', false) AS "mayHaveLanded"
    FROM claimed
    JOIN incoming
      ON incoming.source_system = claimed.source_system
     AND incoming.source_id = claimed.source_id
     AND incoming.source_version = claimed.source_version
     AND incoming.target_system = claimed.target_system AND incoming.flow = claimed.flow
    LEFT JOIN sync_ledger before
      ON before.source_system = incoming.source_system AND before.source_id = incoming.source_id
     AND before.source_version = incoming.source_version
     AND before.target_system = incoming.target_system AND before.flow = incoming.flow
   ORDER BY incoming.n`;

/**
 * Claims a hop before its target write, for exactly-once writes: claim (committed before the
 * write), look in the target first when `mayHaveLanded`, write, then settle the hop with
 * `markHopSucceeded` or `markHopMissed`. The ledger is unique on (source system, id, version,
 * target, flow), so a retry after a crash re-claims the same hop and learns that an earlier
 * attempt may have landed — unless that attempt was proven to have missed, which puts a failed
 * hop back to pending without a look.
 */
export async function claimHop(manager: EntityManager, hop: HopClaim): Promise<ClaimedHop> {
  const [claimed] = await claimHops(manager, [hop]);
  return claimed;
}

/** claimHop for many hops in one statement, answered in the order given. */
export async function claimHops(
  manager: EntityManager,
  hops: readonly HopClaim[],
): Promise<ClaimedHop[]> {
  if (hops.length === 0) return [];
  const incoming = hops.map((hop, n) => ({
    n,
    flow: hop.flow,
    source_system: hop.sourceSystem,
    source_type: hop.sourceType,
    source_id: hop.sourceId,
    source_version: hop.sourceVersion,
    target_system: hop.targetSystem,
    target_type: hop.targetType,
    legal_entity: hop.legalEntity ?? null,
    accounting_period: hop.accountingPeriod ?? null,
    project_id: hop.projectId ?? null,
    amount_minor: hop.amountMinor ?? null,
    currency: hop.amountMinor === undefined ? null : (hop.currency ?? null),
  }));
  return sqlRows<ClaimedHop>(manager, CLAIM, [
    JSON.stringify(incoming),
    currentCorrelationId() ?? null,
  ]);
}
