import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BillingEvent } from '@p2c/persistence';
import { UUID_KEY, decodeCursor, encodeCursor } from '@p2c/platform';
import { billingEventViews } from './billing-event-view';
import type { BillingEventPageDto } from './billing-event-page.dto';
import type { ListBillingEventsQueryDto } from './dto/list-billing-events.query.dto';

/** Billing events, newest first, by status, legal entity, project or run. */
@Injectable()
export class ListBillingEventsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: ListBillingEventsQueryDto): Promise<BillingEventPageDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const after = decodeCursor(query.cursor, UUID_KEY);
      const builder = manager
        .getRepository(BillingEvent)
        .createQueryBuilder('e')
        // the cursor carries the exact (microsecond) time: a Date's milliseconds would skip rows
        .addSelect('e.created_at::text', 'cursor_key')
        .orderBy('e.createdAt', 'DESC')
        .addOrderBy('e.id', 'DESC')
        .limit(query.limit + 1);
      if (query.status) builder.andWhere('e.status = :status', { status: query.status });
      if (query.legalEntity)
        builder.andWhere('e.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
      if (query.project) builder.andWhere('e.project = :project', { project: query.project });
      if (query.run) builder.andWhere('e.runId = :run', { run: query.run });
      if (after)
        builder.andWhere('(e.createdAt, e.id) < (:at::timestamptz, :id)', {
          at: after.key,
          id: after.id,
        });
      const { entities, raw } = await builder.getRawAndEntities<{ cursor_key: string }>();
      const page = entities.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: await billingEventViews(manager, page),
        nextCursor:
          entities.length > query.limit && last
            ? encodeCursor({ key: raw[page.length - 1].cursor_key, id: last.id })
            : undefined,
      };
    });
  }
}
