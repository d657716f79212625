/**
 * `npm run bench [-- name-filter]`: runs every bench/*.bench.ts, one at a time, each in a fresh
 * process with `--expose-gc` so memory figures start from a clean heap. Benchmarks print their own
 * tables; this exits non-zero if any of them fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const benches = readdirSync(__dirname)
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();
if (benches.length === 0) {
  console.error(`no bench/*.bench.ts matches "${filter}"`);
  process.exit(1);
}
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '-r', '@swc-node/register', join(__dirname, bench)],
    { stdio: 'inherit', cwd: join(__dirname, '..') },
  );
  if (run.status !== 0) {
    failed += 1;
    console.error(`${bench} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
