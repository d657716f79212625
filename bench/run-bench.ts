/**
 * Runs one benchmark program and ends its process with the outcome, so `npm run bench` fails
 * when a benchmark does: exit 0 when `work` settles, 1 (with the error) when it throws. The exit
 * is explicit because what a bench starts (Redis connections, HTTP agents, timers of the apps it
 * booted) may keep the process alive after the figures are printed.
 */
export function runBench(work: () => Promise<void>): void {
  work().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    },
  );
}
