import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReasonCode, marginProjectionChanged, toMinor } from '@p2c/canonical';
import { ExceptionCases, sqlRows } from '@p2c/flow';
import { OutboxRelay, publishBusinessEvent } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import {
  ForecastAssignment,
  ForecastFigures,
  ForecastProject,
  ForecastTriggerKind,
  ForecastVersion,
} from '@p2c/persistence';
import { FORECAST_FLOW, MARGIN_STEP, PRICING_STEP } from '../common/forecast-flow';
import { MarginThreshold } from '../common/margin-threshold';
import { WorldDate } from '../common/world-date';
import { ForecastInputsReader, ProjectReading } from './compute/forecast-inputs-reader';
import { planChanges } from './compute/plan-changes';
import { priceForecast } from './compute/price-forecast';
import { sameFigures } from './compute/same-figures';
import { countRecomputed } from './forecast-metrics';

/** What started a recomputation (kept on the version it makes). */
export interface ForecastTrigger {
  kind: ForecastTriggerKind;
  type?: string;
  id?: string;
}

/** The outcome: the project's newest version, and whether this recomputation made it. */
export interface Recomputed {
  project: string;
  version: number;
  created: boolean;
  /** whether the projected margin crossed the threshold, and which way */
  crossed?: 'at_risk' | 'recovered';
}

/**
 * Recomputes one project's forecast under a lock on its row (recomputations of a project run one
 * at a time, across replicas): reads what it is priced from, prices it, and keeps the result as
 * a new version only when it differs from the newest one, so an event delivered twice, or seen
 * by webhook and feed, makes one version. In the same transaction: the newest plan's assignments
 * (for utilisation), a MARGIN_AT_RISK case raised when the projected margin falls below the
 * threshold (resolved when it recovers) with `MarginProjectionChanged` through the outbox, and a
 * RATE_MISSING case while planned days lack a bill or cost rate (the margin is not judged then). Answers undefined when the PSA
 * holds no such project.
 */
@Injectable()
export class RecomputeForecastUseCase {
  private readonly logger = new Logger(RecomputeForecastUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: ForecastInputsReader,
    private readonly world: WorldDate,
    private readonly cases: ExceptionCases,
    private readonly threshold: MarginThreshold,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(project: string, trigger: ForecastTrigger): Promise<Recomputed | undefined> {
    const done = await this.recompute(project, trigger);
    if (done?.created) {
      countRecomputed(trigger.kind, done.crossed);
      // a margin crossing's event waits in the outbox: on its way now rather than at the next tick
      this.relay.publishNow();
    }
    return done;
  }

  private recompute(project: string, trigger: ForecastTrigger): Promise<Recomputed | undefined> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO forecast_projects (project) VALUES ($1) ON CONFLICT (project) DO NOTHING`,
        [project],
      );
      const [row] = await sqlRows<{ latestVersion: number; marginAtRisk: boolean }>(
        manager,
        `SELECT latest_version AS "latestVersion", margin_at_risk AS "marginAtRisk"
           FROM forecast_projects WHERE project = $1 FOR UPDATE`,
        [project],
      );
      const reading = await this.reader.read(project, this.world.today());
      if (!reading) return undefined;
      const figures = priceForecast(reading.inputs);
      const last =
        row.latestVersion === 0
          ? undefined
          : await manager.findOneByOrFail(ForecastVersion, {
              project,
              number: row.latestVersion,
            });
      await manager.update(ForecastProject, project, {
        opportunity: reading.opportunity,
        legalEntity: reading.legalEntity,
        costCenter: reading.costCenter,
      });
      if (last && sameFigures(last.figures, figures)) {
        await this.settleRetries(manager, project, reading, last, row.marginAtRisk);
        return { project, version: last.number, created: false };
      }
      const version = row.latestVersion + 1;
      await manager.insert(ForecastVersion, {
        project,
        number: version,
        triggerKind: trigger.kind,
        triggerType: trigger.type ?? null,
        triggerId: trigger.id ?? null,
        changes: planChanges(last?.figures.plan ?? [], figures.plan),
        figures,
      });
      await this.replacePlan(manager, project, figures);
      const atRisk = await this.judgeMargin(manager, project, reading, {
        version,
        wasAtRisk: row.marginAtRisk,
        previous: last?.figures.total.marginPct ?? null,
        figures,
      });
      await this.judgePricing(manager, project, figures);
      await manager.update(ForecastProject, project, {
        latestVersion: version,
        marginAtRisk: atRisk,
      });
      this.logger.log(`project ${project}: forecast version ${version} (${trigger.kind})`);
      const crossed = atRisk === row.marginAtRisk ? undefined : atRisk ? 'at_risk' : 'recovered';
      return { project, version, created: true, crossed };
    });
  }

  private async replacePlan(
    manager: EntityManager,
    project: string,
    figures: ForecastFigures,
  ): Promise<void> {
    await manager.delete(ForecastAssignment, { project });
    if (figures.plan.length === 0) return;
    await manager.insert(
      ForecastAssignment,
      figures.plan.map((line) => ({
        project,
        worker: line.worker,
        role: line.role,
        startDate: line.startDate,
        endDate: line.endDate,
        hoursPerWeek: String(line.hoursPerWeek),
      })),
    );
  }

  /**
   * Whether the projected margin is below the threshold now; crossing it either way files or
   * resolves the case and publishes `MarginProjectionChanged`. A forecast without revenue, or
   * with planned hours it could not price (its margin is not yet known: RATE_MISSING says why),
   * keeps the standing it had.
   */
  private async judgeMargin(
    manager: EntityManager,
    project: string,
    reading: ProjectReading,
    at: { version: number; wasAtRisk: boolean; previous: string | null; figures: ForecastFigures },
  ): Promise<boolean> {
    const pct = at.figures.total.marginPct;
    const priced = toMinor(at.figures.unpricedHours, 2) === 0n;
    const atRisk = (priced ? this.threshold.below(pct) : undefined) ?? at.wasAtRisk;
    if (atRisk === at.wasAtRisk) return atRisk;
    await this.fileMargin(manager, project, reading, at.version, at.figures, atRisk);
    await publishBusinessEvent(
      manager,
      marginProjectionChanged(
        {
          project,
          opportunity: reading.opportunity,
          version: at.version,
          previousMarginPct: at.previous,
          marginPct: pct,
          thresholdPct: this.threshold.pct,
          atRisk,
        },
        currentCorrelationId(),
      ),
    );
    return atRisk;
  }

  /** The project's MARGIN_AT_RISK case raised (or raised again), or resolved. */
  private async fileMargin(
    manager: EntityManager,
    project: string,
    reading: ProjectReading,
    version: number,
    figures: ForecastFigures,
    atRisk: boolean,
  ): Promise<void> {
    const pct = figures.total.marginPct;
    const subject = {
      flow: FORECAST_FLOW,
      step: MARGIN_STEP,
      subjectType: 'project',
      subjectId: project,
    };
    if (!atRisk) {
      await this.cases.resolve(
        manager,
        subject,
        `The projected margin is back at ${pct}% (forecast version ${version}).`,
      );
      return;
    }
    await this.cases.raise(manager, subject, {
      reason: ReasonCode.MARGIN_AT_RISK,
      message: `Project ${project} (${reading.opportunity}) is projected at a margin of ${pct}%, below the ${this.threshold.pct}% threshold (forecast version ${version}).`,
      context: {
        project,
        opportunity: reading.opportunity,
        legalEntity: reading.legalEntity,
        version,
        marginPct: pct,
        thresholdPct: this.threshold.pct,
      },
    });
  }

  /**
   * A recomputation a person asked for from the workbench (its case `retrying`) that changed
   * nothing still settles the case: resolved if its cause is gone, else open again.
   */
  private async settleRetries(
    manager: EntityManager,
    project: string,
    reading: ProjectReading,
    last: ForecastVersion,
    atRisk: boolean,
  ): Promise<void> {
    const retrying = await sqlRows<{ step: string }>(
      manager,
      `SELECT step FROM exceptions
        WHERE flow = $1 AND subject_type = 'project' AND subject_id = $2 AND status = 'retrying'`,
      [FORECAST_FLOW, project],
    );
    for (const { step } of retrying)
      if (step === MARGIN_STEP)
        await this.fileMargin(manager, project, reading, last.number, last.figures, atRisk);
      else if (step === PRICING_STEP) await this.judgePricing(manager, project, last.figures);
  }

  /** A RATE_MISSING case while planned days have no bill rate or cost rate; resolved once priced. */
  private async judgePricing(
    manager: EntityManager,
    project: string,
    figures: ForecastFigures,
  ): Promise<void> {
    const subject = {
      flow: FORECAST_FLOW,
      step: PRICING_STEP,
      subjectType: 'project',
      subjectId: project,
    };
    if (toMinor(figures.unpricedHours, 2) === 0n) {
      await this.cases.resolve(manager, subject, 'Every planned day is priced again.');
      return;
    }
    const months = figures.months
      .filter((month) => toMinor(month.unpricedHours, 2) > 0n)
      .map((month) => month.month);
    await this.cases.raise(manager, subject, {
      reason: ReasonCode.RATE_MISSING,
      message: `Project ${project} has ${figures.unpricedHours} planned hours without a bill rate or cost rate (${months.join(', ')}); its forecast leaves them unpriced.`,
      context: { project, unpricedHours: figures.unpricedHours, months },
    });
  }
}
