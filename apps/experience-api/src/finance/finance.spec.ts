import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { ExperienceTestBed } from '../testing/experience-test-bed';

const CONTOSO = '006NW000101';
const COLUMBIA = '006NW000107';
const ANA = 'ana.finance';
const BEN = 'ben.finance';

interface Event {
  billingEvent: string;
  project: string;
  status: string;
}
interface Run {
  id: string;
  status: string;
  requestedBy: string;
  projects: Event[];
}

describe('finance actions through the experience API', () => {
  let bed: ExperienceTestBed;
  /** process-billing's own tables: the runs it holds, the audit it writes */
  let billing: DataSource;
  const finance = (subject = ANA) => bed.token(Role.Finance, { subject });

  async function logAndPost(opportunity: string, worker: string, dates: string[]): Promise<void> {
    const { ids } = await bed.admin<{ ids: string[] }>('/psa/time-entries', {
      body: {
        entries: dates.map((date) => ({ opportunity, worker, date, hours: 8, billable: true })),
      },
    });
    await bed.admin('/psa/time-entries/approve', { body: { ids } });
    await waitFor(
      async () => {
        for (const id of ids) {
          const posting = await bed.process('process-time', 'get', `/postings/psa-time-${id}`);
          if (posting.body.status !== 'posted') return false;
        }
        return true;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: `postings of ${ids.join(', ')}` },
    );
  }

  /** The canonical project onboarding made of a CRM deal. */
  const projects = new Map<string, string>();
  const projectOf = (crmId: string) => projects.get(crmId);

  const runCount = async (): Promise<number> =>
    Number((await billing.query(`SELECT count(*) AS n FROM billing_runs`))[0].n);

  const auditActor = async (action: string, subjectId: string): Promise<string[]> =>
    (
      await billing.query(
        `SELECT actor FROM audit_log WHERE action = $1 AND subject_id = $2 ORDER BY occurred_at`,
        [action, subjectId],
      )
    ).map((row: { actor: string }) => row.actor);

  async function settled(id: string): Promise<Run> {
    return waitFor(
      async () => {
        const answer = await bed.api('get', `/billing-runs/${id}`, finance()).expect(200);
        const run = answer.body as Run;
        return run.status.startsWith('completed') || run.status === 'awaiting_approval'
          ? run
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: `billing run ${id}` },
    );
  }

  beforeAll(async () => {
    // Contoso's four 8 h days are above NWA-US's threshold; Columbia's one day is below it
    bed = await ExperienceTestBed.start({
      processEnv: { BILLING_APPROVAL_THRESHOLDS: '{"NWA-US":"5000.00"}' },
    });
    billing = bed.processes['process-billing'].get(DataSource);
    const onboardings = await bed.process('process-onboarding', 'get', '/onboardings?limit=100');
    for (const { opportunityCrmId, project } of onboardings.body.items as {
      opportunityCrmId: string;
      project: string;
    }[])
      projects.set(opportunityCrmId, project);
    await logAndPost(CONTOSO, 'E1003', ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']);
    await logAndPost(COLUMBIA, 'E1006', ['2026-11-18']);
  }, 300_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  let held: Event;
  /** what each action was done to, for the audit of who did it */
  const acted: { run?: string; approved?: string; rejected?: string; reconciliation?: string } = {};

  it('starts one billing run per Idempotency-Key', async () => {
    const start = () =>
      bed
        .api('post', '/billing-runs', finance())
        .set('idempotency-key', 'november-us-1')
        .send({ legalEntity: 'NWA-US', period: '2026-11' });
    const started = await start().expect(202);
    expect(started.body).toMatchObject({ legalEntity: 'NWA-US', period: '2026-11' });
    const replayed = await start().expect(202);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body.id).toBe(started.body.id);
    expect(await runCount()).toBe(1);

    const run = await settled(started.body.id);
    expect(run.status).toBe('awaiting_approval');
    acted.run = run.id;
    const statusOf = Object.fromEntries(run.projects.map((event) => [event.project, event.status]));
    expect(statusOf).toEqual({
      [projectOf(CONTOSO)!]: 'pending_approval',
      [projectOf(COLUMBIA)!]: 'invoiced',
    });
    held = run.projects.find((event) => event.status === 'pending_approval')!;
  }, 120_000);

  it('lists what waits for approval, and approves it in billing once', async () => {
    const waiting = await bed
      .api('get', '/billing-events?status=PENDING_APPROVAL', finance())
      .expect(200);
    expect(waiting.body.items.map((event: Event) => event.billingEvent)).toEqual([
      held.billingEvent,
    ]);
    expect(waiting.body.nextCursor).toBeUndefined();

    const approve = (token: string) =>
      bed
        .api('post', `/billing-events/${held.billingEvent}/approve`, token)
        .set('idempotency-key', `approve-${held.billingEvent}`);
    const approved = await approve(finance()).expect(200);
    expect(approved.body).toMatchObject({ billingEvent: held.billingEvent, status: 'pending' });
    const replayed = await approve(finance()).expect(200);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(await auditActor('billing-event.approve', held.billingEvent)).toHaveLength(1);
    acted.approved = held.billingEvent;

    // billing's own refusal, as billing answered it
    const again = await bed.api('post', `/billing-events/${held.billingEvent}/approve`, finance());
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({
      status: 409,
      code: 'NOT_AWAITING_APPROVAL',
      eventStatus: 'pending',
      instance: `/billing-events/${held.billingEvent}/approve`,
    });

    const done = await waitFor(
      async () => {
        const event = await bed.api('get', `/billing-events/${held.billingEvent}`, finance());
        return event.body.status === 'invoiced' ? event.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: 'the approved invoice' },
    );
    expect(done).toMatchObject({ billingEvent: held.billingEvent, status: 'invoiced' });
  }, 120_000);

  it('rejects with a reason, refusing a bad body before billing sees it', async () => {
    await logAndPost(CONTOSO, 'E1003', ['2026-11-23', '2026-11-24', '2026-11-25']);
    const started = await bed
      .api('post', '/billing-runs', finance())
      .send({ legalEntity: 'NWA-US', period: '2026-11' })
      .expect(202);
    const [event] = (await settled(started.body.id)).projects;
    expect(event.status).toBe('pending_approval');
    const reject = (body: object) =>
      bed.api('post', `/billing-events/${event.billingEvent}/reject`, finance(BEN)).send(body);

    for (const body of [{}, { reason: 42 }, { reason: 'Hours disputed', force: true }]) {
      const refused = await reject(body);
      expect([refused.status, refused.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const untouched = await bed.api('get', `/billing-events/${event.billingEvent}`, finance());
    expect(untouched.body.status).toBe('pending_approval');
    expect(await auditActor('billing-event.reject', event.billingEvent)).toEqual([]);

    const rejected = await reject({ reason: 'Hours disputed by the client' }).expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      items: 0,
      rejectionReason: 'Hours disputed by the client',
    });
    acted.rejected = event.billingEvent;
  }, 120_000);

  it('passes billing’s 404 and 422 through, and starts nothing on a bad body', async () => {
    const unknown = randomUUID();
    for (const path of [`/billing-runs/${unknown}`, `/billing-events/${unknown}`]) {
      const missing = await bed.api('get', path, finance());
      expect([missing.status, missing.body.code, missing.body.instance]).toEqual([
        404,
        'NOT_FOUND',
        path,
      ]);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const notAnId = await bed.api('get', '/billing-runs/run-1', finance());
    expect([notAnId.status, notAnId.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const runs = await runCount();
    for (const body of [
      { legalEntity: 'NWA-US', period: '2026-11', dryRun: true },
      { legalEntity: 7, period: '2026-11' },
      { legalEntity: 'NWA-US', period: '2026-13' },
      { legalEntity: 'NWA-US' },
    ]) {
      const refused = await bed.api('post', '/billing-runs', finance()).send(body);
      expect([refused.status, refused.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const unknownEntity = await bed
      .api('post', '/billing-runs', finance())
      .send({ legalEntity: 'NWA-XX', period: '2026-11' });
    expect([unknownEntity.status, unknownEntity.body.code]).toEqual([422, 'INVALID_DIMENSION']);
    expect(await runCount()).toBe(runs);

    const pageTooLarge = await bed.api('get', '/billing-events?limit=201', finance());
    expect(pageTooLarge.status).toBe(400);
    const foreignCursor = await bed.api('get', '/billing-events?cursor=not-ours', finance());
    expect([foreignCursor.status, foreignCursor.body.code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it('starts a reconciliation once per key, lists it and shows its figures (partner client)', async () => {
    const client = bed.client(finance());
    const start = () =>
      client.POST('/reconciliations', {
        body: { legalEntity: 'NWA-US', period: '2026-11' },
        params: { header: { 'Idempotency-Key': 'reconcile-november-us' } },
      });
    const started = await start();
    expect(started.response.status).toBe(202);
    expect(started.data).toMatchObject({ status: 'running', legalEntity: 'NWA-US' });
    const id = started.data!.id;
    acted.reconciliation = id;
    expect((await start()).data?.id).toBe(id);

    const listed = await client.GET('/reconciliations', {
      params: { query: { legalEntity: 'NWA-US', period: '2026-11' } },
    });
    expect(listed.data?.items.map((item) => item.id)).toEqual([id]);
    const done = await waitFor(
      async () => {
        const { data } = await client.GET('/reconciliations/{id}', { params: { path: { id } } });
        return data?.status === 'completed' ? data : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the reconciliation' },
    );
    expect(done.lines.map((line) => line.project)).toEqual(
      expect.arrayContaining([projectOf(CONTOSO)!, projectOf(COLUMBIA)!]),
    );

    const extra = await bed
      .api('post', '/reconciliations', finance())
      .send({ legalEntity: 'NWA-US', period: '2026-11', scope: 'all' });
    expect([extra.status, extra.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badPeriod = await bed.api('get', '/reconciliations?period=2026-13', finance());
    expect(badPeriod.status).toBe(400);
    const relisted = await bed.api('get', '/reconciliations', finance()).expect(200);
    expect(relisted.body.items).toHaveLength(1);
    const missing = await bed.api('get', `/reconciliations/${randomUUID()}`, finance());
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
  }, 120_000);

  it('has process-billing audit each action with the user it was made for', async () => {
    const run = await bed.api('get', `/billing-runs/${acted.run}`, finance()).expect(200);
    expect(run.body.requestedBy).toBe(ANA);
    expect(await auditActor('billing-run.start', acted.run!)).toEqual([ANA]);

    const approved = await bed.api('get', `/billing-events/${acted.approved}`, finance());
    expect(approved.body.decidedBy).toBe(ANA);
    expect(await auditActor('billing-event.approve', acted.approved!)).toEqual([ANA]);

    const rejected = await bed.api('get', `/billing-events/${acted.rejected}`, finance());
    expect(rejected.body.decidedBy).toBe(BEN);
    expect(await auditActor('billing-event.reject', acted.rejected!)).toEqual([BEN]);

    const reconciliation = await bed
      .api('get', `/reconciliations/${acted.reconciliation}`, finance())
      .expect(200);
    expect(reconciliation.body.requestedBy).toBe(ANA);
    expect(await auditActor('reconciliation.start', acted.reconciliation!)).toEqual([ANA]);
  });

  it('lets only finance and admin in: delivery and partner 403, no token 401', async () => {
    const id = randomUUID();
    const month = { legalEntity: 'NWA-US', period: '2026-11' };
    const routes: ['get' | 'post', string, object?][] = [
      ['post', '/billing-runs', month],
      ['get', `/billing-runs/${id}`],
      ['get', '/billing-events?status=PENDING_APPROVAL'],
      ['get', `/billing-events/${id}`],
      ['post', `/billing-events/${id}/approve`],
      ['post', `/billing-events/${id}/reject`, { reason: 'Not for me to say' }],
      ['post', '/reconciliations', month],
      ['get', '/reconciliations'],
      ['get', `/reconciliations/${id}`],
    ];
    const delivery = bed.token(Role.Delivery);
    const partner = bed.token(Role.Partner, { partnerId: 'CUS-001NW000001' });
    const runs = await runCount();
    const answer = (method: 'get' | 'post', path: string, body?: object, token?: string) =>
      body ? bed.api(method, path, token).send(body) : bed.api(method, path, token);
    for (const [method, path, body] of routes) {
      for (const token of [delivery, partner]) {
        const refused = await answer(method, path, body, token);
        expect([method, path, refused.status, refused.body.code]).toEqual([
          method,
          path,
          403,
          'FORBIDDEN',
        ]);
      }
      const anonymous = await answer(method, path, body);
      expect([method, path, anonymous.status]).toEqual([method, path, 401]);
      // an admin gets billing's answer: started, listed, or no such id
      const admin = await answer(method, path, body, bed.token(Role.Admin));
      expect([method, path, [200, 202, 404].includes(admin.status)]).toEqual([method, path, true]);
    }
    expect(await runCount()).toBe(runs + 1);
  }, 60_000);
});
