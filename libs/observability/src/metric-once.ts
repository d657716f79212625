import { Metric, register } from 'prom-client';

/**
 * A metric of the default registry, created the first time its name is asked for: one process
 * may host several apps (tests do), and prom-client refuses a second metric of one name.
 */
export function metricOnce<T extends Metric>(name: string, create: (name: string) => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create(name);
}
