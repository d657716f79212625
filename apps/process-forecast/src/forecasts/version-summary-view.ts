import type { ForecastVersion } from '@p2c/persistence';
import type { ForecastVersionSummaryDto } from './dto/forecast-version-summary.dto';

/** A version as the versions list shows it. */
export function versionSummaryView(version: ForecastVersion): ForecastVersionSummaryDto {
  return {
    version: version.number,
    computedAt: version.createdAt.toISOString(),
    trigger: { kind: version.triggerKind, type: version.triggerType, id: version.triggerId },
    changes: version.changes,
    asOf: version.figures.asOf,
    total: version.figures.total,
    planned: version.figures.planned,
  };
}
