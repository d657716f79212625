/**
 * The sandbox under the load tests and the demo put on it: create and approve 100,000 PSA time
 * entries over HTTP (the admin API's period generation and approve-all), with time and heap
 * figures beside two yardsticks: the same count at 10,000 (does it scale linearly?) and a bare
 * in-process Map insert of records of the same shape (what does the sandbox add per entry?).
 */
import { startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { recordResults } from './results';
import { runBench } from './run-bench';
import { approveAllTime, generateTime, staffBenchWorkspaces } from './sandbox-time';

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

async function measureSandbox(entries: number): Promise<Figures> {
  const sandbox = await startSandbox();
  try {
    const participations = await staffBenchWorkspaces(sandbox.url);
    const before = heapUsed();

    let started = performance.now();
    const count = await generateTime(sandbox.url, participations, entries);
    const createMs = performance.now() - started;

    started = performance.now();
    const approved = await approveAllTime(sandbox.url);
    const approveMs = performance.now() - started;
    if (approved !== count) throw new Error(`approved ${approved} of ${count}`);

    return { entries: count, createMs, approveMs, heapBytes: heapUsed() - before };
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
