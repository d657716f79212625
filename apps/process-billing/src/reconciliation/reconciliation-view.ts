import { Money } from '@p2c/canonical';
import type {
  Reconciliation,
  ReconciliationDifference,
  ReconciliationFigure,
} from '@p2c/persistence';
import { SIDE_OF } from './difference-wording';
import type { ReconciliationDifferenceDto } from './dto/reconciliation-difference.dto';
import type { ReconciliationFigureDto } from './dto/reconciliation-figure.dto';
import { RECONCILED_TYPES, ReconciliationLineDto } from './dto/reconciliation-line.dto';
import type { ReconciliationSummaryDto } from './dto/reconciliation-summary.dto';
import { hoursOf } from './hours';

export function summaryView(reconciliation: Reconciliation): ReconciliationSummaryDto {
  return {
    id: reconciliation.id,
    legalEntity: reconciliation.legalEntity,
    period: reconciliation.period,
    status: reconciliation.status,
    trigger: reconciliation.trigger,
    requestedBy: reconciliation.requestedBy,
    differences: reconciliation.differences,
    createdAt: reconciliation.createdAt.toISOString(),
    completedAt: reconciliation.completedAt?.toISOString(),
    lastError: reconciliation.lastError ?? undefined,
  };
}

/** The figures and differences as lines: by project, then time, expense, milestone, fee. */
export function linesView(
  figures: readonly ReconciliationFigure[],
  differences: readonly ReconciliationDifference[],
): ReconciliationLineDto[] {
  const lines = new Map<string, ReconciliationLineDto>();
  const lineOf = (project: string, type: string, currency: string | null) => {
    const key = `${project}\u0000${type}`;
    const line = lines.get(key) ?? { project, type, currency: currency ?? '', differences: [] };
    if (!line.currency && currency) line.currency = currency;
    lines.set(key, line);
    return line;
  };
  for (const figure of figures)
    lineOf(figure.project, figure.type, figure.currency)[figure.side] = figureView(figure);
  for (const difference of differences)
    lineOf(difference.project, difference.type, difference.currency).differences.push(
      differenceView(difference),
    );
  const order = (type: string) => RECONCILED_TYPES.indexOf(type as never);
  return [...lines.values()].sort(
    (a, b) => a.project.localeCompare(b.project) || order(a.type) - order(b.type),
  );
}

function figureView(figure: ReconciliationFigure): ReconciliationFigureDto {
  return {
    count: figure.count,
    minutes: figure.minutes ?? undefined,
    hours: figure.minutes === null ? undefined : hoursOf(figure.minutes),
    amount:
      figure.amountMinor === null
        ? undefined
        : Money.fromMinor(figure.amountMinor, figure.currency).toJSON(),
  };
}

function differenceView(difference: ReconciliationDifference): ReconciliationDifferenceDto {
  return {
    comparison: difference.comparison,
    side: SIDE_OF[difference.comparison],
    issue: difference.issue,
    entry: difference.entry,
    source: difference.source ?? undefined,
    minutes: difference.minutes ?? undefined,
    hours: difference.minutes === null ? undefined : hoursOf(difference.minutes),
    amount:
      difference.amountMinor === null || difference.currency === null
        ? undefined
        : Money.fromMinor(difference.amountMinor, difference.currency).toJSON(),
    detail: difference.detail,
    exception: difference.exceptionId ?? undefined,
  };
}
