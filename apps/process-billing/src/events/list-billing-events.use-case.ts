import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BillingEvent } from '@p2c/persistence';
import { NewestFirstOrder, UUID_KEY, newestFirstPage } from '@p2c/platform';
import { billingEventViews } from './billing-event-view';
import { OF_PARTNER } from './of-partner';
import type { BillingEventPageDto } from './billing-event-page.dto';
import type { ListBillingEventsQueryDto } from './dto/list-billing-events.query.dto';

const NEWEST_FIRST: NewestFirstOrder = {
  time: { property: 'createdAt', column: 'created_at' },
  id: 'id',
  idPattern: UUID_KEY,
};

/** Billing events, newest first, by status, legal entity, project, partner or run. */
@Injectable()
export class ListBillingEventsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: ListBillingEventsQueryDto): Promise<BillingEventPageDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const builder = manager.getRepository(BillingEvent).createQueryBuilder('e');
      if (query.status) builder.andWhere('e.status = :status', { status: query.status });
      if (query.legalEntity)
        builder.andWhere('e.legalEntity = :legalEntity', { legalEntity: query.legalEntity });
      if (query.project) builder.andWhere('e.project = :project', { project: query.project });
      if (query.run) builder.andWhere('e.runId = :run', { run: query.run });
      if (query.partner) builder.andWhere(OF_PARTNER, { partner: query.partner });
      const page = await newestFirstPage(builder, NEWEST_FIRST, query);
      return { items: await billingEventViews(manager, page.items), nextCursor: page.nextCursor };
    });
  }
}
