import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from '@p2c/testing';
import { OnboardingTestBed, QUICK_FLOW } from './testing/onboarding-test-bed';

const ROOT = join(__dirname, '..', '..', '..');
const DEALS = [
  '006NW000101',
  '006NW000102',
  '006NW000103',
  '006NW000104',
  '006NW000105',
  '006NW000107',
];
const LITWARE = '006NW000106';

/** process-onboarding as a worker replica of its own: `node main.ts` with PROCESS_ROLE=worker. */
function startWorker(env: Record<string, string>): ChildProcess {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/process-onboarding/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, PROCESS_ROLE: 'worker', PORT: '0', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return child;
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

describe('a worker killed in the middle of onboardings', () => {
  let bed: OnboardingTestBed;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    bed = await OnboardingTestBed.start({ withApp: false });
  }, 60_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await bed?.close();
  });

  it('leaves one customer and one project per deal on each side once a new worker has finished', async () => {
    // slow vendors keep every onboarding in flight long enough to be cut off in a write
    await bed.faults('psa', { latencyMs: 150 });
    await bed.faults('erp', { latencyMs: 100 });
    const env = { ...bed.tier.env, ...QUICK_FLOW };
    worker = startWorker(env);
    const inWrite = await waitFor(
      async () => {
        const [row] = await bed.database.query(
          `SELECT s.id, s.name FROM onboarding_steps s
            WHERE s.status = 'running' AND s.name = 'create-psa-project'
              AND s.started_at < now() - interval '100 milliseconds'
            LIMIT 1`,
        );
        return row as { id: string; name: string } | undefined;
      },
      { timeoutMs: 60_000, intervalMs: 20, what: 'a project write to be under way' },
    );
    worker.kill('SIGKILL');
    expect(await exited(worker)).toBe('SIGKILL');
    const atKill = await bed.onboardings();
    expect(atKill.filter((one) => one.status === 'completed').length).toBeLessThan(DEALS.length);

    await bed.faults('psa', {});
    await bed.faults('erp', {});
    worker = startWorker(env);
    for (const crmId of DEALS) await bed.waitForStatus(crmId, 'completed', 90_000);
    await bed.waitForStatus(LITWARE, 'blocked');

    // the step cut off mid-write ran again, and found what its first run had made
    const [cutOff] = await bed.database.query(
      `SELECT attempts, status FROM onboarding_steps WHERE id = $1`,
      [inWrite.id],
    );
    expect(cutOff).toEqual({ attempts: 2, status: 'succeeded' });
    for (const crmId of DEALS) {
      const onboarding = await bed.onboardingOf(crmId);
      expect(await bed.records('erp', 'job', { externalId: onboarding!.projectId })).toHaveLength(
        1,
      );
      const workspaces = await bed.records('psa', 'workspaces', { external_reference: crmId });
      expect(workspaces).toEqual([expect.objectContaining({ status: 'active' })]);
      const terms = onboarding!.terms!;
      const milestones = await bed.records('psa', 'stories', { workspace_id: workspaces[0].id });
      expect(milestones).toHaveLength(terms.milestones.length);
      const staffed = await bed.records('psa', 'participations', {
        workspace_id: workspaces[0].id,
      });
      expect(staffed).toHaveLength(terms.assignments.length);
    }
    expect(await bed.records('erp', 'job')).toHaveLength(DEALS.length);
    // beside the Negotiation deal's provisional project, if the poll set it up already
    const onboarded = (await bed.records('psa', 'workspaces')).filter(
      (workspace) => workspace.status !== 'in_planning',
    );
    expect(onboarded).toHaveLength(DEALS.length);
    // six won deals' customers (Fabrikam's adopted) and Litware's, as before
    expect(await bed.records('erp', 'customer')).toHaveLength(7);
    const events = await bed.database.query(
      `SELECT queue, count(*)::int AS count FROM outbox_messages
        WHERE job_name = 'ProjectActivated' GROUP BY queue ORDER BY queue`,
    );
    // once per deal on each queue the event fans out to
    expect(events).toEqual([
      { queue: 'business-events', count: DEALS.length },
      { queue: 'forecast-business-events', count: DEALS.length },
    ]);
    const exceptions = await bed.database.query(`SELECT reason_code FROM exceptions`);
    expect(exceptions).toEqual([{ reason_code: 'INVALID_DIMENSION' }]);
  }, 180_000);
});
