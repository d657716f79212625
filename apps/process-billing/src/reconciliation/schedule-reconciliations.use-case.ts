import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LegalEntities } from '../common/legal-entities';
import { LegalEntityTicks, TickSchedule } from '../common/legal-entity-ticks';
import { openReconciliation } from './open-reconciliation';
import { scheduleSubject } from './reconciliation-flow';

const NIGHTLY: TickSchedule = { name: 'The nightly reconciliation', subject: scheduleSubject };

/**
 * A legal entity's scheduled tick: reconciles the month of the tick and the month before (late
 * postings, invoices and payments of a month keep arriving after it ends). A tick opens each at
 * most once, however often its job runs. An entity the ERP does not have is a case for whoever
 * keeps the configuration (LegalEntityTicks).
 */
@Injectable()
export class ScheduleReconciliationsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly ticks: LegalEntityTicks,
  ) {}

  async execute(legalEntity: string, tick: Date): Promise<string[]> {
    const opened = await this.ticks.run(NIGHTLY, legalEntity, async () => {
      await this.legalEntities.active(legalEntity);
      return this.dataSource.transaction(async (manager) => {
        const ids: string[] = [];
        for (const period of periodsOf(tick)) {
          const id = await openReconciliation(manager, {
            legalEntity,
            period,
            trigger: 'schedule',
            requestedBy: 'schedule',
            scheduledFor: tick,
          });
          if (id) ids.push(id);
        }
        return ids;
      });
    });
    return opened ?? [];
  }
}

/** The month before the tick's and the tick's own (UTC), `YYYY-MM`. */
function periodsOf(tick: Date): string[] {
  const month = (offset: number) =>
    new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + offset, 1))
      .toISOString()
      .slice(0, 7);
  return [month(-1), month(0)];
}
