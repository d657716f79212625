import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import { ExceptionRetries } from './exception-retries';
import { POSTING_STEP, TIME_FLOW } from './time-exceptions';

/**
 * A rate card changed in the PSA (a rate added or corrected): every open RATE_MISSING exception
 * of billable time on that card is retried, so a rate a person has just added posts the time
 * without anyone pressing retry.
 */
@Injectable()
export class RetryRateMissingUseCase {
  constructor(private readonly retries: ExceptionRetries) {}

  async execute(manager: EntityManager, rateCard: string): Promise<number> {
    const open = await sqlRows<{ id: string }>(
      manager,
      `SELECT id FROM exceptions
        WHERE flow = $1 AND step = $2 AND reason_code = 'RATE_MISSING'
          AND status IN ('open', 'assigned') AND context->>'rateCard' = $3
          FOR UPDATE SKIP LOCKED`,
      [TIME_FLOW, POSTING_STEP, rateCard],
    );
    for (const { id } of open) await this.retries.requeue(manager, id);
    return open.length;
  }
}
