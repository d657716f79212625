import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Reconciliation, ReconciliationDifference, ReconciliationFigure } from '@p2c/persistence';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import type { ReconciliationDto } from './dto/reconciliation.dto';
import { linesView, summaryView } from './reconciliation-view';

/** A reconciliation with its figures per project and type and its differences. */
@Injectable()
export class GetReconciliationUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string): Promise<ReconciliationDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, id));
  }

  private async read(manager: EntityManager, id: string): Promise<ReconciliationDto> {
    const reconciliation = await manager.findOneBy(Reconciliation, { id });
    if (!reconciliation)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.NOT_FOUND,
        `There is no reconciliation ${id}.`,
      );
    const figures = await manager.find(ReconciliationFigure, { where: { reconciliationId: id } });
    const differences = await manager.find(ReconciliationDifference, {
      where: { reconciliationId: id },
      order: { comparison: 'ASC', entry: 'ASC' },
    });
    return { ...summaryView(reconciliation), lines: linesView(figures, differences) };
  }
}
