import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BillingEvent, BillingRun } from '@p2c/persistence';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { billingEventViews } from '../events/billing-event-view';
import type { BillingRunDto } from './dto/billing-run.dto';

/** A billing run with, per project, its billing event: items, amounts and invoice. */
@Injectable()
export class GetBillingRunUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Read in one snapshot, so the run, its events and their item counts agree with each other. */
  execute(id: string): Promise<BillingRunDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, id));
  }

  private async read(manager: EntityManager, id: string): Promise<BillingRunDto> {
    const run = await manager.findOneBy(BillingRun, { id });
    if (!run)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.NOT_FOUND,
        `There is no billing run ${id}.`,
      );
    const events = await manager.find(BillingEvent, {
      where: { runId: id },
      order: { project: 'ASC' },
    });
    return {
      id: run.id,
      legalEntity: run.legalEntity,
      period: run.period,
      status: run.status,
      taxRate: run.taxRate,
      trigger: run.trigger,
      requestedBy: run.requestedBy,
      recoveries: run.recoveries,
      projects: await billingEventViews(manager, events),
      createdAt: run.createdAt.toISOString(),
      plannedAt: run.plannedAt?.toISOString(),
      completedAt: run.completedAt?.toISOString(),
    };
  }
}
