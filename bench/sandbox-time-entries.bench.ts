/**
 * The sandbox under the load tests and the demo put on it: create and approve 100,000 PSA time
 * entries over HTTP (the admin API's period generation and approve-all), with time and heap
 * figures beside two yardsticks: the same count at 10,000 (does it scale linearly?) and a bare
 * in-process Map insert of records of the same shape (what does the sandbox add per entry?).
 */
import { addDays, workdays } from '@p2c/vendor-sandbox/common/dates';
import { startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { recordResults } from './results';
import { runBench } from './run-bench';

type Envelope = {
  results: { key: string; id: string }[];
} & Record<string, unknown>;

const WORKSPACES = 20;
const STAFF_PER_WORKSPACE = 20;
const FIRST_DAY = '2026-01-05';

interface Figures {
  entries: number;
  createMs: number;
  approveMs: number;
  heapBytes: number;
}

function heapUsed(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed;
}

/** The last day of a period starting FIRST_DAY with `count` workdays. */
function periodEnd(count: number): string {
  let to = FIRST_DAY;
  while (workdays(FIRST_DAY, to).length < count) to = addDays(to, 1);
  return to;
}

async function measureSandbox(entries: number): Promise<Figures> {
  const sandbox = await startSandbox();
  try {
    const psa = <T>(method: string, path: string, body?: unknown) =>
      call<T>(sandbox.url, `/psa/api/v1/${path}`, 'psa', { method, body });
    const users = await psa<Envelope>('GET', 'users.json?per_page=200&active=true');
    const userIds = users.body.results.map((r) => r.id).slice(0, STAFF_PER_WORKSPACE);
    const cards = await psa<Envelope>('GET', 'rate_cards.json?title=RC-STD-USD');
    for (let w = 0; w < WORKSPACES; w++) {
      const workspace = await psa<Envelope>('POST', 'workspaces.json', {
        workspace: {
          title: `Bench workspace ${w}`,
          currency: 'USD',
          rate_card_id: cards.body.results[0].id,
          status: 'active',
          start_date: '2026-01-01',
          due_date: '2027-12-31',
          external_reference: `006BENCH${w}`,
        },
      });
      for (const userId of userIds)
        await psa('POST', 'participations.json', {
          participation: {
            workspace_id: workspace.body.results[0].id,
            user_id: userId,
            hours_per_week: 40,
          },
        });
    }
    const participations = WORKSPACES * userIds.length;
    const to = periodEnd(Math.ceil(entries / participations));
    const before = heapUsed();

    let started = performance.now();
    const generated = await call<{ count: number }>(
      sandbox.url,
      '/__sandbox/psa/time-entries/generate',
      'admin',
      { body: { from: FIRST_DAY, to } },
    );
    const createMs = performance.now() - started;
    if (generated.status >= 300) throw new Error(`generate: ${JSON.stringify(generated.body)}`);

    started = performance.now();
    const approved = await call<{ approved: number }>(
      sandbox.url,
      '/__sandbox/psa/time-entries/approve',
      'admin',
      { body: { all: true } },
    );
    const approveMs = performance.now() - started;
    if (approved.body.approved !== generated.body.count)
      throw new Error(`approved ${approved.body.approved} of ${generated.body.count}`);

    return { entries: generated.body.count, createMs, approveMs, heapBytes: heapUsed() - before };
  } finally {
    await sandbox.close();
  }
}

/** The yardstick: records of a time entry's shape straight into a Map, no HTTP, no rules. */
function measureBareMap(entries: number): Figures {
  const before = heapUsed();
  const started = performance.now();
  const map = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < entries; i++) {
    const id = String(100_000_001 + i);
    map.set(id, {
      id,
      workspace_id: '16000001',
      user_id: '11000001',
      story_id: null,
      role_id: '12000001',
      date_performed: '2026-03-02',
      time_in_minutes: 480,
      billable: true,
      notes: null,
      rate_in_cents: 42000,
      cost_rate_in_cents: 19000,
      approved: false,
      invoice_id: null,
      version: 1,
      created_at: '2026-11-20T09:00:00.000Z',
      updated_at: '2026-11-20T09:00:00.000Z',
    });
  }
  const createMs = performance.now() - started;
  const heapBytes = heapUsed() - before;
  if (map.size !== entries) throw new Error('map lost entries');
  return { entries, createMs, approveMs: 0, heapBytes };
}

function row(label: string, f: Figures, reference?: Figures): string {
  const perEntryUs = ((f.createMs + f.approveMs) * 1000) / f.entries;
  const bytes = f.heapBytes / f.entries;
  const vs = reference
    ? `${(perEntryUs / (((reference.createMs + reference.approveMs) * 1000) / reference.entries)).toFixed(1)}x time, ${(bytes / (reference.heapBytes / reference.entries)).toFixed(1)}x memory`
    : '';
  return [
    label.padEnd(24),
    String(f.entries).padStart(8),
    f.createMs.toFixed(0).padStart(9),
    f.approveMs.toFixed(0).padStart(10),
    perEntryUs.toFixed(2).padStart(10),
    (f.heapBytes / 1024 / 1024).toFixed(1).padStart(8),
    bytes.toFixed(0).padStart(8),
    `  ${vs}`,
  ].join(' ');
}

async function main(): Promise<void> {
  if (!global.gc)
    console.log('(run through npm run bench for --expose-gc; heap figures are rough)');
  await measureSandbox(10_000); // warm-up: JIT and first-use costs, not reported
  const small = await measureSandbox(10_000);
  const large = await measureSandbox(100_000);
  const bare = measureBareMap(large.entries);
  console.log(
    [
      'what'.padEnd(24),
      'entries'.padStart(8),
      'create ms'.padStart(9),
      'approve ms'.padStart(10),
      'µs/entry'.padStart(10),
      'heap MB'.padStart(8),
      'B/entry'.padStart(8),
      '  ratio',
    ].join(' '),
  );
  console.log(row('bare Map insert', bare));
  console.log(row('sandbox, 10k', small, bare));
  console.log(row('sandbox, 100k', large, bare));
  const scaling =
    (large.createMs + large.approveMs) /
    large.entries /
    ((small.createMs + small.approveMs) / small.entries);
  const heapScaling = large.heapBytes / large.entries / (small.heapBytes / small.entries);
  recordResults('sandbox-time-entries', {
    bareMap: bare,
    sandbox10k: small,
    sandbox100k: large,
    ratio: {
      timePerEntry100kVs10k: +scaling.toFixed(2),
      heapPerEntry100kVs10k: +heapScaling.toFixed(2),
    },
  });
  console.log(
    `\n100k vs 10k: ${scaling.toFixed(2)}x the time per entry (1.0 = linear), ${heapScaling.toFixed(2)}x the heap per entry`,
  );
}

runBench(main);
