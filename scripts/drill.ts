/**
 * `npm run drill -- <name>|all [--entries N]`: fails the gateway on purpose while it posts
 * approved time or bills it (N entries, by default each drill's own: 20,000, the soak 100,000),
 * then reads the verdict from the sandbox ERP alone: `exact` when every approved entry is posted
 * once (every project invoiced once) and the amounts are right to the cent, else what is
 * missing, doubled or off, by id. Exits 1 unless every drill run was exact. Each drill runs the
 * gateway itself on a fresh database and Redis.
 */
import globalSetup from '../libs/testing/src/global-setup';
import globalTeardown from '../libs/testing/src/global-teardown';
import { DRILL_CATALOGUE } from '../e2e/drills/drill-catalogue';
import { verdictLine } from '../apps/process-time/src/testing/posting-verdict';

function parseArgs(args: string[]): { names: string[]; entries?: number } {
  const [name = '', ...rest] = args;
  const at = rest.indexOf('--entries');
  const entries = at >= 0 ? Number(rest[at + 1]) : undefined;
  const names = name === 'all' ? Object.keys(DRILL_CATALOGUE) : [name];
  if (
    !names.every((drill) => drill in DRILL_CATALOGUE) ||
    (entries !== undefined && !(entries > 0))
  )
    throw new Error(
      `usage: npm run drill -- <${Object.keys(DRILL_CATALOGUE).join('|')}|all> [--entries N]`,
    );
  return { names, entries };
}

async function main(): Promise<boolean> {
  const { names, entries } = parseArgs(process.argv.slice(2));
  await globalSetup();
  let allExact = true;
  try {
    for (const name of names) {
      const drill = DRILL_CATALOGUE[name];
      const result = await drill.run(entries ?? drill.entries, (line) => console.log(`  ${line}`));
      allExact &&= result.verdict.exact;
      for (const note of result.notes ?? []) console.log(`  ${note}`);
      console.log(
        `${name}: ${verdictLine(result.verdict)} (${result.entries} entries, ${result.seconds.toFixed(1)} s)`,
      );
    }
  } finally {
    await globalTeardown();
  }
  return allExact;
}

main().then(
  (exact) => process.exit(exact ? 0 : 1),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
