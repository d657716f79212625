/**
 * `npm run bench [-- name-filter]`: runs the benchmarks, one at a time, each in a fresh process
 * with `--expose-gc` so memory figures start from a clean heap, then prints every figure with its
 * target, met or not met, and writes them to bench/results/latest.json (bench/summary.ts).
 * Without a filter it runs the benchmarks behind those figures (about ten minutes); a filter runs
 * every bench/*.bench.ts whose name contains it. It exits non-zero only if a benchmark fails to
 * run, never for a missed target.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarise } from './summary';

/** The benchmarks behind the figures of latest.json, in the order they run. */
const FIGURES = [
  'memory',
  'dashboard',
  'webhook-latency',
  'vendor-bound',
  'billing-run',
  'pipeline',
];

const filter = process.argv[2];
const benches = filter
  ? readdirSync(__dirname)
      .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
      .sort()
  : FIGURES.map((name) => `${name}.bench.ts`);
if (benches.length === 0) {
  console.error(`no bench/*.bench.ts matches "${filter}"`);
  process.exit(1);
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', '@swc-node/register', join(__dirname, bench)],
    { stdio: 'inherit', cwd: join(__dirname, '..') },
  );
  console.log(`(${bench}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (run.status !== 0) {
    failed += 1;
    console.error(`${bench} failed (exit ${run.status ?? run.signal})`);
  }
}
summarise();
process.exit(failed > 0 ? 1 : 0);
