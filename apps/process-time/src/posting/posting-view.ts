import { Money } from '@p2c/canonical';
import type { SyncLedgerEntry, TimePosting } from '@p2c/persistence';
import type { LineageHopDto } from './dto/lineage-hop.dto';
import type { PostingDto } from './dto/posting.dto';

function money(minor: number | null, currency: string | null) {
  return minor === null || currency === null
    ? undefined
    : Money.fromMinor(minor, currency.trim()).toJSON();
}

export function postingView(row: TimePosting): PostingDto {
  return {
    id: row.id,
    kind: row.kind,
    sourceSystem: row.sourceSystem,
    sourceId: row.sourceId,
    latestVersion: row.latestVersion,
    postedVersion: row.postedVersion ?? undefined,
    status: row.status,
    project: row.project ?? undefined,
    legalEntity: row.legalEntity ?? undefined,
    accountingPeriod: row.accountingPeriod ?? undefined,
    worker: row.worker ?? undefined,
    role: row.role ?? undefined,
    category: 'category' in row.latest ? row.latest.category : undefined,
    workDate: row.workDate ?? undefined,
    minutes: row.minutes ?? undefined,
    billable: row.billable ?? undefined,
    costRate: money(row.costRateMinor, row.currency),
    cost: money(row.costMinor, row.currency),
    billRate: money(row.billRateMinor, row.currency),
    billableValue: money(row.billableMinor, row.currency),
    erpId: row.erpId ?? undefined,
    approvedAt: row.approvedAt?.toISOString(),
    seenAt: row.seenAt?.toISOString(),
    postedAt: row.postedAt?.toISOString(),
    lastError: row.lastError ?? undefined,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function hopView(hop: SyncLedgerEntry): LineageHopDto {
  return {
    flow: hop.flow,
    sourceVersion: hop.sourceVersion,
    targetSystem: hop.targetSystem,
    targetType: hop.targetType,
    targetId: hop.targetId ?? undefined,
    status: hop.status,
    amount: money(hop.amountMinor, hop.currency),
    attempts: hop.attempts,
    correlationId: hop.correlationId ?? undefined,
    createdAt: hop.createdAt.toISOString(),
    completedAt: hop.completedAt?.toISOString(),
  };
}
