import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** Each benchmark's own figures, by benchmark. */
export const BY_BENCH = join(__dirname, 'results', 'by-bench.json');
/** The figures of every benchmark gathered, with their targets (bench/summary.ts). */
export const LATEST = join(__dirname, 'results', 'latest.json');

/**
 * Writes a benchmark's figures into `bench/results/by-bench.json` under its name, with when they
 * were measured and on what (cores, load average: the machine is shared, so compare ratios).
 * Each benchmark replaces its own entry and leaves the others' as they were.
 */
export function recordResults(bench: string, figures: Record<string, unknown>): void {
  let results: Record<string, unknown> = {};
  try {
    results = JSON.parse(readFileSync(BY_BENCH, 'utf8')) as Record<string, unknown>;
  } catch {
    // no results yet, or a file cut short by an interrupted run: start again
  }
  results[bench] = {
    measuredAt: new Date().toISOString(),
    machine: { cores: cpus().length, loadAverage: loadavg().map((load) => +load.toFixed(2)) },
    ...figures,
  };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(BY_BENCH, `${JSON.stringify(results, null, 2)}\n`);
}
