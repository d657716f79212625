import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BillingEvent } from '@p2c/persistence';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { billingEventViews } from './billing-event-view';
import type { BillingEventDto } from '../runs/dto/billing-event.dto';

@Injectable()
export class GetBillingEventUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string): Promise<BillingEventDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const event = await manager.findOneBy(BillingEvent, { id });
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
