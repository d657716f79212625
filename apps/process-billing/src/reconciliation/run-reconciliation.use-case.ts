import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReasonCode } from '@p2c/canonical';
import { ExceptionCases } from '@p2c/flow';
import { Reconciliation, ReconciliationDifference, ReconciliationFigure } from '@p2c/persistence';
import type { ReconciledLine } from './compare/reconciled-line';
import { reconcileProject } from './compare/reconcile-project';
import { MismatchCases, caseKey } from './mismatch-cases';
import { failureSubject } from './reconciliation-flow';
import { ReconciliationSources } from './sources/reconciliation-sources';

/**
 * Works one reconciliation: reads every side through its API, compares them project by project,
 * then in one transaction keeps the figures and differences, settles the mismatch cases and
 * completes it. A retry after a crash finds it still `running` and starts again (nothing was
 * kept); one that finds it done does nothing. Under a lock per legal entity and period, and only
 * the newest completed reconciliation of a period moves its cases: an older one that finishes
 * late keeps its figures but cannot reopen or resolve what a newer one found.
 */
@Injectable()
export class RunReconciliationUseCase {
  private readonly logger = new Logger(RunReconciliationUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: ReconciliationSources,
    private readonly cases: MismatchCases,
    private readonly exceptions: ExceptionCases,
  ) {}

  /** On the last attempt a failure to read a side is kept as a case on the period, then thrown. */
  async execute(id: string, lastAttempt: boolean): Promise<void> {
    const reconciliation = await this.dataSource
      .getRepository(Reconciliation)
      .findOneByOrFail({ id });
    if (reconciliation.status !== 'running') return;
    try {
      const sides = await this.sources.read(reconciliation.legalEntity, reconciliation.period);
      const lines = sides.flatMap(reconcileProject);
      await this.dataSource.transaction((manager) => this.record(manager, id, lines));
    } catch (error) {
      if (lastAttempt) await this.fail(reconciliation, error);
      throw error;
    }
  }

  private async record(
    manager: EntityManager,
    id: string,
    lines: readonly ReconciledLine[],
  ): Promise<void> {
    const reconciliation = await manager
      .getRepository(Reconciliation)
      .findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (reconciliation.status !== 'running') return;
    const { legalEntity, period } = reconciliation;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reconciliation:' || $1))`, [
      `${legalEntity}/${period}`,
    ]);
    const newer = await manager
      .getRepository(Reconciliation)
      .createQueryBuilder('r')
      .where('r.legalEntity = :legalEntity AND r.period = :period', { legalEntity, period })
      .andWhere(`r.status = 'completed' AND r.createdAt > :createdAt`, {
        createdAt: reconciliation.createdAt,
      })
      .getExists();
    const cases = newer
      ? new Map<string, string>()
      : await this.cases.settle(manager, reconciliation, lines);
    const figures = lines.flatMap((line) =>
      [...line.figures.sides].map(([side, figure]) => ({
        reconciliationId: id,
        project: line.project,
        type: line.type,
        side,
        count: figure.count,
        minutes: figure.minutes ?? null,
        amountMinor: figure.amount?.toMinorNumber() ?? null,
        currency: line.figures.currency,
      })),
    );
    const differences = lines.flatMap((line) =>
      line.differences.map((difference) => ({
        reconciliationId: id,
        project: line.project,
        type: line.type,
        comparison: difference.comparison,
        issue: difference.issue,
        entry: difference.entry,
        source: difference.source ?? null,
        minutes: difference.minutes ?? null,
        amountMinor: difference.amount?.toMinorNumber() ?? null,
        currency: difference.amount?.currency ?? null,
        detail: difference.detail,
        exceptionId: cases.get(caseKey(line, difference)) ?? null,
      })),
    );
    if (figures.length) await manager.getRepository(ReconciliationFigure).insert(figures);
    if (differences.length)
      await manager.getRepository(ReconciliationDifference).insert(differences);
    await manager.getRepository(Reconciliation).update(id, {
      status: 'completed',
      differences: differences.length,
      lastError: null,
      completedAt: new Date(),
    });
    if (!newer)
      await this.exceptions.resolve(
        manager,
        failureSubject(legalEntity, period),
        `Reconciliation ${id} completed.`,
      );
    this.logger.log(
      `reconciliation ${id} of ${legalEntity} ${period}: ${lines.length} lines, ${differences.length} differences`,
    );
  }

  private async fail(reconciliation: Reconciliation, error: unknown): Promise<void> {
    const detail = error instanceof Error ? error.message : String(error);
    const { id, legalEntity, period } = reconciliation;
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(Reconciliation)
        .update({ id, status: 'running' }, { status: 'failed', lastError: detail.slice(0, 2000) });
      await this.exceptions.raise(manager, failureSubject(legalEntity, period), {
        reason: ReasonCode.VENDOR_UNAVAILABLE,
        message: `Reconciliation ${id} of ${legalEntity} ${period} could not read every side (${detail}). Start a reconciliation of the period again once the systems answer.`,
        context: { reconciliationId: id, legalEntity, period },
      });
    });
  }
}
