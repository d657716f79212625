import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BillingEvent } from '@p2c/persistence';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { billingEventViews } from './billing-event-view';
import { OF_PARTNER } from './of-partner';
import type { BillingEventDto } from '../runs/dto/billing-event.dto';

@Injectable()
export class GetBillingEventUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** With `partner`, an event of another partner's project is as absent as one never made. */
  execute(id: string, partner?: string): Promise<BillingEventDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const builder = manager
        .getRepository(BillingEvent)
        .createQueryBuilder('e')
        .where('e.id = :id', { id });
      if (partner) builder.andWhere(OF_PARTNER, { partner });
      const event = await builder.getOne();
      if (!event)
        throw new ProcessBillingException(
          ProcessBillingErrorCode.NOT_FOUND,
          `There is no billing event ${id}.`,
        );
      const [view] = await billingEventViews(manager, [event]);
      return view;
    });
  }
}
