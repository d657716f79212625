import type { ForecastPlanChanges, ForecastPlanLine } from '@p2c/persistence';
import { planKey } from './plan-key';

/** What changed from one plan to the next: assignments added, removed, or with new dates or hours. */
export function planChanges(
  before: readonly ForecastPlanLine[],
  after: readonly ForecastPlanLine[],
): ForecastPlanChanges {
  const old = new Map(before.map((line) => [planKey(line), line]));
  const now = new Map(after.map((line) => [planKey(line), line]));
  const changes: ForecastPlanChanges = { added: [], removed: [], changed: [] };
  for (const [key, line] of now) {
    const was = old.get(key);
    if (!was) changes.added.push(line);
    else if (
      was.startDate !== line.startDate ||
      was.endDate !== line.endDate ||
      was.hoursPerWeek !== line.hoursPerWeek
    )
      changes.changed.push({ before: was, after: line });
  }
  for (const [key, line] of old) if (!now.has(key)) changes.removed.push(line);
  return changes;
}
