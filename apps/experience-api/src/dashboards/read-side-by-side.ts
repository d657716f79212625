import { ApiProblemError } from '@p2c/clients';
import { DashboardsException } from './dashboards.exception';

type Readings<T extends Record<string, Promise<unknown>>> = { [K in keyof T]: Awaited<T[K]> };

/**
 * Waits for every reading, started side by side (keyed by the process app each comes from);
 * any that failed fails the dashboard with 503 naming every app that could not answer.
 */
export async function readSideBySide<T extends Record<string, Promise<unknown>>>(
  readings: T,
): Promise<Readings<T>> {
  const keys = Object.keys(readings);
  const settled = await Promise.allSettled(Object.values(readings));
  const failed = settled.flatMap((outcome, i) =>
    outcome.status === 'rejected'
      ? [
          {
            app: keys[i],
            code: outcome.reason instanceof ApiProblemError ? outcome.reason.code : 'ERROR',
          },
        ]
      : [],
  );
  if (failed.length > 0) throw new DashboardsException(failed);
  return Object.fromEntries(
    settled.map((outcome, i) => [keys[i], (outcome as PromiseFulfilledResult<unknown>).value]),
  ) as Readings<T>;
}
