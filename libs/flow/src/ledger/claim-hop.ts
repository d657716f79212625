import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@p2c/observability';
import { sqlRows } from '../sql/sql-rows';
import type { ClaimedHop } from './claimed-hop';
import type { HopClaim } from './hop-claim';

// `before` reads the hop as it was ahead of this statement's own insert or update
const CLAIM = `
  WITH before AS (
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
    FROM claimed LEFT JOIN before ON true`;

/**
 * Claims a hop before its target write, for exactly-once writes: claim (committed before the
 * write), look in the target first when `mayHaveLanded`, write, then settle the hop with
 * `markHopSucceeded` or `markHopMissed`. The ledger is unique on (source system, id, version,
 * target, flow), so a retry after a crash re-claims the same hop and learns that an earlier
 * attempt may have landed — unless that attempt was proven to have missed, which puts a failed
 * hop back to pending without a look.
 */
export async function claimHop(manager: EntityManager, hop: HopClaim): Promise<ClaimedHop> {
  const [claimed] = await sqlRows<ClaimedHop>(manager, CLAIM, [
    hop.flow,
    hop.sourceSystem,
    hop.sourceType,
    hop.sourceId,
    hop.sourceVersion,
    hop.targetSystem,
    hop.targetType,
    currentCorrelationId() ?? null,
    hop.legalEntity ?? null,
    hop.accountingPeriod ?? null,
    hop.projectId ?? null,
    hop.amountMinor ?? null,
    hop.amountMinor === undefined ? null : (hop.currency ?? null),
  ]);
  return claimed;
}
