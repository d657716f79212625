import type { EntityManager } from 'typeorm';
import { Money } from '@p2c/canonical';
import { LedgerSystem, SyncLedgerEntry } from '@p2c/persistence';
import type { LineageLinkDto } from './dto/lineage-link.dto';
import { LINEAGE_STAGES, LineageStage } from './lineage-stage';

/** Which hops of the sync ledger to read: those from these source records, in these flows. */
export interface LedgerLinkQuery {
  sourceSystem: LedgerSystem;
  sourceType: string;
  sourceIds: readonly string[];
  flows: readonly string[];
}

/** The hops of the sync ledger from these source records, oldest first. */
export function ledgerHops(
  manager: EntityManager,
  query: LedgerLinkQuery,
): Promise<SyncLedgerEntry[]> {
  if (query.sourceIds.length === 0) return Promise.resolve([]);
  return manager
    .getRepository(SyncLedgerEntry)
    .createQueryBuilder('h')
    .where('h.sourceSystem = :system AND h.sourceType = :type', {
      system: query.sourceSystem,
      type: query.sourceType,
    })
    .andWhere('h.sourceId = ANY(:ids) AND h.flow = ANY(:flows)', {
      ids: [...query.sourceIds],
      flows: [...query.flows],
    })
    .orderBy('h.createdAt', 'ASC')
    .addOrderBy('h.id', 'ASC')
    .getMany();
}

/** A money amount for a link, when the record carries one. */
export function linkAmount(minor: number | null | undefined, currency: string | null | undefined) {
  return minor === null || minor === undefined || !currency
    ? undefined
    : Money.fromMinor(minor, currency.trim()).toJSON();
}

/**
 * A hop as the link of its target: `id` is the gateway's id of the target record (the hop's
 * target id is the holding system's), made from the hop's source record.
 */
export function hopLink(hop: SyncLedgerEntry, stage: LineageStage, id: string): LineageLinkDto {
  return {
    stage,
    system: hop.targetSystem,
    type: hop.targetType,
    id,
    externalId: hop.targetId ?? undefined,
    version: hop.sourceVersion,
    status: hop.status,
    amount: linkAmount(hop.amountMinor, hop.currency),
    from: [hop.sourceId],
    startedAt: hop.createdAt.toISOString(),
    completedAt: hop.completedAt?.toISOString(),
  };
}

/** Links in chain order: by stage, then oldest first. */
export function inChainOrder(links: readonly LineageLinkDto[]): LineageLinkDto[] {
  return [...links].sort(
    (a, b) =>
      LINEAGE_STAGES.indexOf(a.stage) - LINEAGE_STAGES.indexOf(b.stage) ||
      a.startedAt.localeCompare(b.startedAt) ||
      a.id.localeCompare(b.id),
  );
}
