import { runBillingDrill } from './billing-drill';
import { DRILLS } from './drills';
import { DrillResult, runDrill } from './run-drill';

export type DrillRunner = (
  entries: number,
  progress: (line: string) => void,
  timeoutMs?: number,
) => Promise<DrillResult>;

const DEFAULT_ENTRIES = 20_000;

/** Every drill `npm run drill` knows, by name, in the order `all` runs them, and its size. */
export const DRILL_CATALOGUE: Record<string, { run: DrillRunner; entries: number }> = {
  ...Object.fromEntries(
    Object.entries(DRILLS).map(([name, drill]) => [
      name,
      {
        run: (entries, progress, timeoutMs) => runDrill(name, entries, progress, timeoutMs),
        entries: drill.entries ?? DEFAULT_ENTRIES,
      },
    ]),
  ),
  'kill-billing': { run: runBillingDrill, entries: DEFAULT_ENTRIES },
};
