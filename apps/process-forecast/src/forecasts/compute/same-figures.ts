import type { ForecastFigures } from '@p2c/persistence';

/** Whether two forecasts say the same (Postgres `jsonb` keeps keys in an order of its own). */
export function sameFigures(a: ForecastFigures, b: ForecastFigures): boolean {
  return sorted(a) === sorted(b);
}

function sorted(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sorted).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, entry]) => `${JSON.stringify(key)}:${sorted(entry)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
