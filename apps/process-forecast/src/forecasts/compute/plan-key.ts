import type { ForecastPlanLine } from '@p2c/persistence';

/** An assignment's identity across versions: the worker (or the open role's label) and the role. */
export function planKey(line: ForecastPlanLine): string {
  return `${line.worker ?? `open:${line.label ?? ''}`}|${line.role}`;
}
