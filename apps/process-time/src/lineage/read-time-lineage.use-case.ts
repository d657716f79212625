import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { LineageDto, LineageLinkDto, hopLink, inChainOrder, ledgerHops } from '@p2c/flow';
import { TimePosting } from '@p2c/persistence';
import { ProcessTimeErrorCode, ProcessTimeException } from '../common/process-time.exception';
import { LEDGER_FLOWS, sourceTypeOf } from '../posting/posting-ledger';
import type { TimeLineageQueryDto } from './dto/time-lineage.query.dto';

/** How the source holds an entry now: approved, or taken back after its approval. */
function entryStatus(row: TimePosting): string {
  if (row.deleted) return 'deleted';
  return row.status === 'withdrawn' || row.status === 'reversed' ? 'withdrawn' : 'approved';
}

function entryLink(row: TimePosting): LineageLinkDto {
  return {
    stage: 'entry',
    system: row.sourceSystem,
    type: sourceTypeOf(row),
    id: row.sourceId,
    version: String(row.latestVersion),
    status: entryStatus(row),
    from: [],
    startedAt: (row.approvedAt ?? row.seenAt ?? row.createdAt).toISOString(),
  };
}

/**
 * Entries' part of their lineage, from process-time's postings and sync ledger: each entry, and
 * each version posted to (or reversed in) the ERP under the posting id, with the ERP's id.
 */
@Injectable()
export class ReadTimeLineageUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: TimeLineageQueryDto): Promise<LineageDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const kind = query.sourceType === 'expense' ? 'EXPENSE' : 'TIME';
      const rows = await manager.find(TimePosting, {
        where: { sourceSystem: query.sourceSystem, kind, sourceId: In(query.sourceId) },
      });
      if (rows.length === 0)
        throw new ProcessTimeException(
          ProcessTimeErrorCode.NOT_FOUND,
          `No approved ${query.sourceType.replace('_', ' ')} ${query.sourceId.join(', ')} of ${query.sourceSystem} reached the gateway.`,
        );
      const flows = LEDGER_FLOWS[kind];
      const hops = await ledgerHops(manager, {
        sourceSystem: query.sourceSystem,
        sourceType: query.sourceType,
        sourceIds: rows.map((row) => row.sourceId),
        flows: [flows.post, flows.reverse],
      });
      const postingOf = new Map(rows.map((row) => [row.sourceId, row.id]));
      return {
        links: inChainOrder([
          ...rows.map(entryLink),
          ...hops.map((hop) => hopLink(hop, 'posting', postingOf.get(hop.sourceId)!)),
        ]),
      };
    });
  }
}
