import { Injectable, Logger } from '@nestjs/common';
import { LegalEntityTicks, TickSchedule } from '../common/legal-entity-ticks';
import { runScheduleSubject } from './billing-flow';
import { StartBillingRunUseCase } from './start-billing-run.use-case';

const MONTHLY: TickSchedule = { name: 'The monthly billing run', subject: runScheduleSubject };

/**
 * A legal entity's scheduled tick: starts the run of the month before the tick's (UTC), trigger
 * and requester `schedule`. Once per entity and month, however often and on however many
 * replicas the tick runs: a tick that finds the run started does nothing. An entity the ERP does
 * not have is a case for whoever keeps the configuration (LegalEntityTicks).
 */
@Injectable()
export class ScheduleBillingRunUseCase {
  private readonly logger = new Logger(ScheduleBillingRunUseCase.name);

  constructor(
    private readonly start: StartBillingRunUseCase,
    private readonly ticks: LegalEntityTicks,
  ) {}

  /** The run started; undefined when it was started already, or the entity is unknown. */
  async execute(legalEntity: string, tick: Date): Promise<string | undefined> {
    const period = monthBefore(tick);
    const runId = await this.ticks.run(MONTHLY, legalEntity, () =>
      this.start.scheduled(legalEntity, period),
    );
    if (runId) this.logger.log(`scheduled run ${runId} of ${legalEntity} for ${period}`);
    return runId;
  }
}

/** The month before the tick's (UTC), `YYYY-MM`. */
export function monthBefore(tick: Date): string {
  return new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
}
