/**
 * What the process-time benchmarks share: a TimeTestBed of their own, with the test tier's
 * global setup around it, and PSA time to log for the default scenario's staffed workers.
 */
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

/** Runs `measure` on a fresh test bed, then exits: 0 when it is done, 1 when it failed. */
export function benchOnTimeBed(
  options: TimeTestBedOptions,
  measure: (bed: TimeTestBed) => Promise<void>,
): void {
  runBench(async () => {
    await globalSetup();
    const bed = await TimeTestBed.start(options);
    try {
      await measure(bed);
    } finally {
      await bed.close();
      await globalTeardown();
    }
  });
}
