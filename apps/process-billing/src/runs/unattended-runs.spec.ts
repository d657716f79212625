import request from 'supertest';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { waitFor } from '@p2c/testing';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';
import { PlanBillingRunUseCase } from '../planning/plan-billing-run.use-case';
import { RecoverStuckRunsUseCase } from './recover-stuck-runs.use-case';
import { ScheduleBillingRunUseCase } from './schedule-billing-run.use-case';

const US_DEAL = '006NW000101';
const DE_DEAL = '006NW000105';
/** 1 November 2026, 03:00 UTC: the tick that bills October. */
const NOVEMBER_TICK = Date.UTC(2026, 10, 1, 3);
const STUCK_MS = 1000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface CaseRow {
  id: string;
  reason: string;
  owner: string;
  status: string;
  attempts: number;
}

describe('billing runs nobody starts or watches: the monthly schedule and the recovery sweep', () => {
  let bed: BillingTestBed;

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      billingEnv: {
        // a tick (1 January, 03:00) no test run meets: the spec sends its own ticks
        BILLING_RUN_CRON: '0 3 1 1 *',
        BILLING_LEGAL_ENTITIES: 'NWA-US,NWA-DE,NWA-XX',
        BILLING_STUCK_RUN_MS: String(STUCK_MS),
        // a sweep an hour: the spec runs its own passes
        BILLING_RECOVERY_SWEEP_MS: '3600000',
        BILLING_RUN_RECOVERIES: '1',
      },
    });
    const time = bed.time;
    for (const opportunity of [US_DEAL, DE_DEAL])
      await time.admin('/psa/time-entries/generate', {
        body: { from: '2026-11-16', to: '2026-11-20', opportunity },
      });
    // October's, billed by the schedule's tick of 1 November
    await time.logTime([{ opportunity: US_DEAL, worker: 'E1003', date: '2026-10-30', hours: 6 }]);
    await time.admin('/psa/time-entries/approve', { body: { all: true } });
    const approved = (await psaEntries(time)).filter((entry) => entry.approved);
    await time.get(SweepApprovedUseCase).execute();
    await time.settled(approved.map((entry) => entry.id));
  }, 240_000);

  afterAll(() => bed?.close());

  const queue = (name: QueueName) => bed.app.get(QueueFactory).queue(name);
  const sweep = () => bed.app.get(RecoverStuckRunsUseCase).execute();
  const view = async (id: string): Promise<RunView> =>
    (await bed.api('get', `/billing-runs/${id}`).expect(200)).body;
  const scheduledRuns = (legalEntity: string): Promise<{ id: string; period: string }[]> =>
    bed.dataSource.query(
      `SELECT id, period FROM billing_runs WHERE legal_entity = $1 AND trigger = 'schedule'`,
      [legalEntity],
    );
  const invoicesOf = async (event: string) =>
    (await bed.erpInvoices()).filter((invoice) => invoice.externalId === event).length;

  /** Starts a run on request; answers its id. */
  async function start(legalEntity: string): Promise<string> {
    const answer = await bed
      .api('post', '/billing-runs')
      .send({ legalEntity, period: '2026-11' })
      .expect(202);
    return answer.body.id;
  }

  /** The plan jobs the outbox has handed to Redis for the run, oldest first. */
  async function planJobs(runId: string, count: number): Promise<string[]> {
    return waitFor(
      async () => {
        const rows: { id: string }[] = await bed.dataSource.query(
          `SELECT id FROM outbox_messages
            WHERE job_name = 'plan-run' AND payload->>'runId' = $1 AND sent_at IS NOT NULL
            ORDER BY created_at`,
          [runId],
        );
        return rows.length === count && rows.map((row) => row.id);
      },
      { what: `plan job ${count} of run ${runId} in Redis` },
    );
  }

  /** The work's answer, with the queue paused while it runs: its jobs wait in Redis. */
  async function whilePaused<T>(name: QueueName, work: () => Promise<T>): Promise<T> {
    await queue(name).pause();
    try {
      return await work();
    } finally {
      await queue(name).resume();
    }
  }

  /** Takes a job out of Redis, as a flushed or failed-over Redis would lose it. */
  async function lose(name: QueueName, jobId: string): Promise<void> {
    const job = await queue(name).getJob(jobId);
    expect(job).toBeDefined();
    await job!.remove();
  }

  async function runCase(step: string, runId: string): Promise<CaseRow | undefined> {
    const [row] = await bed.dataSource.query(
      `SELECT id, reason_code AS reason, owner_group AS owner, status, attempts FROM exceptions
        WHERE step = $1 AND subject_type = 'billing_run' AND subject_id = $2`,
      [step, runId],
    );
    return row;
  }
  const recoveryCase = (runId: string) => runCase('recover', runId);
  const planCase = (runId: string) => runCase('plan', runId);
  const faults = (body: object) =>
    bed.time.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });

  describe('on a schedule', () => {
    it('keeps a monthly scheduler per legal entity of BILLING_LEGAL_ENTITIES and one for the sweep', async () => {
      const schedulers = await queue(QueueName.BillingRun).getJobSchedulers();
      expect(
        schedulers.map((s) => [s.key, s.pattern ?? s.every, s.tz, s.template?.data]).sort(),
      ).toEqual([
        ['billing-run-recovery', 3600000, undefined, undefined],
        ...['NWA-DE', 'NWA-US', 'NWA-XX'].map((legalEntity) => [
          `billing-schedule-${legalEntity}`,
          '0 3 1 1 *',
          'UTC',
          { legalEntity },
        ]),
      ]);
    });

    it('starts one run of the month before per legal entity, however many ticks race for it', async () => {
      const ticks = bed.app.get(ScheduleBillingRunUseCase);
      const started = await Promise.all(
        [1, 2, 3].map(() => ticks.execute('NWA-US', new Date(NOVEMBER_TICK))),
      );
      expect(started.filter(Boolean)).toHaveLength(1);
      // the worker takes the queue's ticks two at a time
      for (const jobId of ['tick-de-a', 'tick-de-b'])
        await queue(QueueName.BillingRun).add(
          'schedule-run',
          { legalEntity: 'NWA-DE' },
          { jobId, timestamp: NOVEMBER_TICK },
        );
      await waitFor(
        async () => {
          const states = await Promise.all(
            ['tick-de-a', 'tick-de-b'].map(async (id) =>
              (await queue(QueueName.BillingRun).getJob(id))?.getState(),
            ),
          );
          return states.every((state) => state === 'completed');
        },
        { timeoutMs: 30_000, what: 'both German ticks' },
      );
      const [us, ...moreUs] = await scheduledRuns('NWA-US');
      const [de, ...moreDe] = await scheduledRuns('NWA-DE');
      expect([us, de.period, moreUs, moreDe]).toEqual([
        { id: started.find(Boolean), period: '2026-10' },
        '2026-10',
        [],
        [],
      ]);
      const usRun = await bed.finished(us.id);
      expect([usRun.trigger, usRun.requestedBy, usRun.status]).toEqual([
        'schedule',
        'schedule',
        'completed',
      ]);
      // October's entry, in October's run
      expect(usRun.projects.map((p) => [p.project, p.status, p.items])).toEqual([
        [projectOf(US_DEAL), 'invoiced', 1],
      ]);
      const deRun = await bed.finished(de.id);
      expect([deRun.trigger, deRun.requestedBy, deRun.status, deRun.projects]).toEqual([
        'schedule',
        'schedule',
        'completed',
        [],
      ]);
      // a tick once the run is done starts nothing either
      expect(await ticks.execute('NWA-US', new Date(NOVEMBER_TICK))).toBeUndefined();
      expect(await scheduledRuns('NWA-US')).toHaveLength(1);
    });

    it('files a scheduled legal entity the ERP does not have as a case, and the tick ends well', async () => {
      await queue(QueueName.BillingRun).add(
        'schedule-run',
        { legalEntity: 'NWA-XX' },
        { jobId: 'tick-xx', timestamp: NOVEMBER_TICK },
      );
      await waitFor(
        async () =>
          (await (await queue(QueueName.BillingRun).getJob('tick-xx'))?.getState()) === 'completed',
        { timeoutMs: 30_000, what: 'the tick of NWA-XX' },
      );
      const cases = await bed.dataSource.query(
        `SELECT reason_code AS reason, owner_group AS owner, step, status FROM exceptions
          WHERE subject_type = 'legal_entity' AND subject_id = 'NWA-XX'`,
      );
      expect(cases).toEqual([
        { reason: 'INVALID_DIMENSION', owner: 'finance-ops', step: 'run-schedule', status: 'open' },
      ]);
      expect(await scheduledRuns('NWA-XX')).toEqual([]);
    });
  });

  describe('the recovery sweep', () => {
    it('leaves a run whose plan job waits alone, and recovers it once that job is lost: it completes', async () => {
      const id = await whilePaused(QueueName.BillingRun, async () => {
        const started = await start('NWA-US');
        const [planJob] = await planJobs(started, 1);
        await pause(STUCK_MS + 200);
        expect((await sweep()).recovered).not.toContain(started);
        await lose(QueueName.BillingRun, planJob);
        expect((await sweep()).recovered).toEqual([started]);
        // recovered just now: not stuck again yet
        expect((await sweep()).recovered).toEqual([]);
        return started;
      });
      const run = await bed.finished(id);
      expect([run.status, run.recoveries]).toEqual(['completed', 1]);
      expect(run.projects.map((p) => [p.project, p.status])).toEqual([
        [projectOf(US_DEAL), 'invoiced'],
      ]);
      expect(await invoicesOf(run.projects[0].billingEvent)).toBe(1);
      const audits = await bed.dataSource.query(
        `SELECT actor, before->>'recoveries' AS before, after->>'recoveries' AS after
           FROM audit_log WHERE action = 'billing-run.recover' AND subject_id = $1`,
        [id],
      );
      expect(audits).toEqual([{ actor: 'recovery-sweep', before: '0', after: '1' }]);
    });

    it('adds the invoice jobs again of a run whose flow was lost in Redis, and each invoice is raised once', async () => {
      const id = await whilePaused(QueueName.Invoicing, async () => {
        const started = await start('NWA-DE');
        const planned = await waitFor(
          async () => {
            const run = await view(started);
            return run.status === 'invoicing' && run;
          },
          { timeoutMs: 30_000, what: 'the German run to be planned' },
        );
        const invoiceJob = `invoice-${planned.projects[0].billingEvent}`;
        expect(await queue(QueueName.Invoicing).getJob(invoiceJob)).toBeDefined();
        // the flow's parent, and its children with it
        await lose(QueueName.BillingRun, `billing-run-${started}`);
        expect(await queue(QueueName.Invoicing).getJob(invoiceJob)).toBeUndefined();
        await pause(STUCK_MS + 200);
        expect((await sweep()).recovered).toEqual([started]);
        return started;
      });
      const run = await bed.finished(id);
      expect([run.status, run.recoveries]).toEqual(['completed', 1]);
      expect(run.projects.map((p) => [p.project, p.status])).toEqual([
        [projectOf(DE_DEAL), 'invoiced'],
      ]);
      expect(await invoicesOf(run.projects[0].billingEvent)).toBe(1);
    });

    it('makes a run it recovered as often as allowed a case instead of looping; retried, the run completes and the case resolves', async () => {
      const id = await whilePaused(QueueName.BillingRun, async () => {
        const started = await start('NWA-US');
        const [first] = await planJobs(started, 1);
        await lose(QueueName.BillingRun, first);
        await pause(STUCK_MS + 200);
        expect((await sweep()).recovered).toEqual([started]);
        const [, second] = await planJobs(started, 2);
        await lose(QueueName.BillingRun, second);
        await pause(STUCK_MS + 200);
        expect((await sweep()).gaveUp).toEqual([started]);
        const filed = await recoveryCase(started);
        expect(filed).toMatchObject({
          reason: 'VENDOR_UNAVAILABLE',
          owner: 'integration-support',
          status: 'open',
          attempts: 1,
        });
        // left alone while the case waits: no more recoveries, the case not raised again
        await pause(STUCK_MS + 200);
        const again = await sweep();
        expect([again.recovered, again.gaveUp]).toEqual([[], []]);
        expect(await recoveryCase(started)).toMatchObject({ status: 'open', attempts: 1 });
        expect((await view(started)).recoveries).toBe(1);

        const retried = await bed.api('post', `/exceptions/${filed!.id}/retry`).expect(202);
        expect(retried.body).toEqual({ exception: filed!.id, run: started, status: 'retrying' });
        expect(await recoveryCase(started)).toMatchObject({ status: 'retrying' });
        return started;
      });
      // everything was billed before: the run completes with no projects
      const run = await bed.finished(id);
      expect([run.status, run.recoveries, run.projects]).toEqual(['completed', 0, []]);
      expect((await sweep()).resolved).toBe(1);
      expect(await recoveryCase(id)).toMatchObject({ status: 'resolved' });
    });

    it('recovers a run whose planning ran out of retries, and resolves planning’s case once the run is planned', async () => {
      const id = await whilePaused(QueueName.BillingRun, async () => {
        const started = await start('NWA-DE');
        // its job's last attempt, run here while the ERP fails; BullMQ has nothing left to run
        const [planJob] = await planJobs(started, 1);
        await lose(QueueName.BillingRun, planJob);
        await faults({ errorRate: 1 });
        try {
          await expect(bed.app.get(PlanBillingRunUseCase).execute(started, true)).rejects.toThrow();
        } finally {
          await faults({});
        }
        expect(await planCase(started)).toMatchObject({
          reason: 'VENDOR_UNAVAILABLE',
          status: 'open',
        });
        await pause(STUCK_MS + 200);
        expect((await sweep()).recovered).toEqual([started]);
        return started;
      });
      const run = await bed.finished(id);
      expect([run.status, run.recoveries]).toEqual(['completed', 1]);
      expect((await sweep()).resolved).toBe(1);
      expect(await planCase(id)).toMatchObject({ status: 'resolved' });
    });

    it('counts each recovery on /metrics by the status the run was stuck in', async () => {
      const metrics = (await request(bed.app.getHttpServer()).get('/metrics').expect(200)).text;
      // the app's own default labels follow
      const count = (labels: string) =>
        Number(
          metrics.match(
            new RegExp(`^p2c_billing_run_recoveries_total\\{${labels}[^}]*\\} (\\d+)$`, 'm'),
          )?.[1],
        );
      expect([
        count('status="planning",outcome="recovered"'),
        count('status="invoicing",outcome="recovered"'),
        count('status="planning",outcome="gave_up"'),
      ]).toEqual([3, 1, 1]);
    });
  });
});
