/**
 * `npm run drill -- <name>|all [--entries N]`: fails the gateway on purpose while it posts
 * approved time (N entries, default 20,000), then reads the verdict from the sandbox ERP alone:
 * `exact` when every approved entry is posted once and each project's minutes and billable amount
 * are right to the cent, else what is missing, doubled or off, by id. Exits 1 unless every drill
 * ran was exact. Each drill runs the gateway itself on a fresh database and Redis prefix.
 */
import globalSetup from '../libs/testing/src/global-setup';
import globalTeardown from '../libs/testing/src/global-teardown';
import { DRILLS } from '../e2e/drills/drills';
import { verdictLine } from '../e2e/drills/posting-verdict';
import { runDrill } from '../e2e/drills/run-drill';

function parseArgs(args: string[]): { names: string[]; entries: number } {
  const [name = '', ...rest] = args;
  const at = rest.indexOf('--entries');
  const entries = at >= 0 ? Number(rest[at + 1]) : 20_000;
  const names = name === 'all' ? Object.keys(DRILLS) : [name];
  if (!names.every((drill) => drill in DRILLS) || !(entries > 0))
    throw new Error(`usage: npm run drill -- <${Object.keys(DRILLS).join('|')}|all> [--entries N]`);
  return { names, entries };
}

async function main(): Promise<boolean> {
  const { names, entries } = parseArgs(process.argv.slice(2));
  await globalSetup();
  let allExact = true;
  try {
    for (const name of names) {
      const result = await runDrill(name, entries, (line) => console.log(`  ${line}`));
      allExact &&= result.verdict.exact;
      console.log(
        `${name}: ${verdictLine(result.verdict)} (${entries} entries, ${result.seconds.toFixed(1)} s)`,
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
