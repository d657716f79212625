import northwind from './northwind.json';
import { Scenario } from './scenario.types';

/** The world the sandbox starts with and returns to on an empty reset: a deep copy each time. */
export function defaultScenario(): Scenario {
  return structuredClone(northwind) as Scenario;
}
