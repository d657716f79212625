import type { ForecastProject, ForecastVersion } from '@p2c/persistence';
import type { ProjectForecastDto } from './dto/project-forecast.dto';
import { versionSummaryView } from './version-summary-view';

/**
 * A version of a project's forecast as the API answers it. Whether the margin is at risk is the
 * project's standing now when the version is its newest, else what the version's margin says
 * against the threshold it was judged by (the standing is recorded only on the newest).
 */
export function forecastView(
  project: ForecastProject,
  version: ForecastVersion,
  marginAtRisk: boolean,
): ProjectForecastDto {
  const { figures } = version;
  return {
    ...versionSummaryView(version),
    project: project.project,
    opportunity: project.opportunity ?? '',
    legalEntity: project.legalEntity ?? '',
    costCenter: project.costCenter,
    currency: figures.currency,
    billingModel: figures.billingModel,
    rateCard: figures.rateCard,
    contracted: figures.contracted,
    budgetHours: figures.budgetHours,
    actual: figures.actual,
    unstaffedHours: figures.unstaffedHours,
    unpricedHours: figures.unpricedHours,
    marginAtRisk,
    months: figures.months,
    plan: figures.plan,
  };
}
