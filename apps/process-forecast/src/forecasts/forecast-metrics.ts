import { Counter } from 'prom-client';
import { metricOnce } from '@p2c/observability';
import type { ForecastTriggerKind } from '@p2c/persistence';

/** Forecast versions kept, by what started their recomputation. */
const versions = () =>
  metricOnce(
    'p2c_forecast_versions_total',
    (name) =>
      new Counter({
        name,
        help: 'Forecast versions kept (recomputations that changed a forecast), by trigger kind',
        labelNames: ['trigger'],
      }),
  );

/** Projected margins crossing the margin-at-risk threshold, by direction. */
const crossings = () =>
  metricOnce(
    'p2c_forecast_margin_crossings_total',
    (name) =>
      new Counter({
        name,
        help: 'Projected margins that fell below (at_risk) or came back above (recovered) the margin-at-risk threshold',
        labelNames: ['direction'],
      }),
  );

/** Counts a committed recomputation's outcome. */
export function countRecomputed(
  trigger: ForecastTriggerKind,
  crossed: 'at_risk' | 'recovered' | undefined,
): void {
  versions().inc({ trigger });
  if (crossed) crossings().inc({ direction: crossed });
}
