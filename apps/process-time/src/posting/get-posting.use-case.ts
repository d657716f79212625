import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { ExceptionCase, SyncLedgerEntry, TimePosting } from '@p2c/persistence';
import { TIME_FLOW, subjectTypeOf } from '../exceptions/time-exceptions';
import type { PostingDetailDto } from './dto/posting-detail.dto';
import { LEDGER_FLOWS, sourceTypeOf } from './posting-ledger';
import { hopView, postingView } from './posting-view';
import { ProcessTimeErrorCode, ProcessTimeException } from '../common/process-time.exception';

/** One posting with its lineage (every hop in the sync ledger) and its open exception. */
@Injectable()
export class GetPostingUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<PostingDetailDto> {
    const row = await this.dataSource.getRepository(TimePosting).findOneBy({ id });
    if (!row)
      throw new ProcessTimeException(ProcessTimeErrorCode.NOT_FOUND, `There is no posting ${id}.`);
    const [hops, exception] = await Promise.all([
      this.dataSource.getRepository(SyncLedgerEntry).find({
        where: {
          sourceSystem: row.sourceSystem as SyncLedgerEntry['sourceSystem'],
          sourceType: sourceTypeOf(row),
          sourceId: row.sourceId,
          flow: In(Object.values(LEDGER_FLOWS[row.kind])),
        },
        order: { createdAt: 'ASC', flow: 'ASC' },
      }),
      this.dataSource.getRepository(ExceptionCase).findOneBy({
        flow: TIME_FLOW,
        subjectType: subjectTypeOf(row),
        subjectId: row.sourceId,
        status: Not(In(['resolved', 'dismissed'])),
      }),
    ]);
    return {
      ...postingView(row),
      lineage: hops.map(hopView),
      exception: exception
        ? {
            id: exception.id,
            reasonCode: exception.reasonCode,
            status: exception.status,
            ownerGroup: exception.ownerGroup,
            message: exception.message,
          }
        : undefined,
    };
  }
}
