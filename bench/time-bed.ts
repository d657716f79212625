/**
 * What the benchmarks on the process tier share: a test bed of their own with the test tier's
 * global setup around it, PSA time to log for the default scenario's staffed workers, and the
 * defaults of the settings the test beds speed up.
 */
import type { z } from 'zod';
import globalSetup from '../libs/testing/src/global-setup';
import globalTeardown from '../libs/testing/src/global-teardown';
import { TimeTestBed, TimeTestBedOptions } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { runBench } from './run-bench';

/** (opportunity, worker) pairs staffed in the default scenario. */
const STAFF = [
  ['006NW000101', 'E1001'],
  ['006NW000101', 'E1002'],
  ['006NW000101', 'E1003'],
  ['006NW000101', 'E1004'],
  ['006NW000104', 'E1013'],
  ['006NW000104', 'E1015'],
] as const;

/**
 * The i-th entry a bench logs: the workers take turns, and `dayOf` places each turn (0, 1, …) on
 * a day of November 2026; a quarter of an hour to three hours.
 */
export function benchEntry(i: number, dayOf: (turn: number) => number) {
  const [opportunity, worker] = STAFF[i % STAFF.length];
  const day = dayOf(Math.floor(i / STAFF.length));
  return {
    opportunity,
    worker,
    date: `2026-11-${String(day).padStart(2, '0')}`,
    hours: 0.25 * (1 + (i % 12)),
  };
}

/**
 * Runs `measure` on a test bed that `start` makes (inside the test tier's global setup), closes
 * it, then exits: 0 when it is done, 1 when it failed.
 */
export function benchOn<Bed extends { close(): Promise<void> }>(
  start: () => Promise<Bed>,
  measure: (bed: Bed) => Promise<void>,
): void {
  runBench(async () => {
    await globalSetup();
    try {
      const bed = await start();
      try {
        await measure(bed);
      } finally {
        await bed.close();
      }
    } finally {
      await globalTeardown();
    }
  });
}

/** Runs `measure` on a fresh time test bed, then exits: 0 when it is done, 1 when it failed. */
export function benchOnTimeBed(
  options: TimeTestBedOptions,
  measure: (bed: TimeTestBed) => Promise<void>,
): void {
  benchOn(() => TimeTestBed.start(options), measure);
}

/** The defaults of the settings the test beds speed up: what `npm start` runs with. */
export function defaultsOf(
  shape: Record<string, z.ZodTypeAny>,
  keys: string[],
): Record<string, string> {
  return Object.fromEntries(
    keys.filter((key) => key in shape).map((key) => [key, String(shape[key].parse(undefined))]),
  );
}
