import { ConfigService } from '@nestjs/config';
import request from 'supertest';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import type { ProcessBillingApi, ProcessTimeApi } from '@p2c/clients';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role, readSecurityConfig, signAccessToken } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { BillingTestBed } from '../testing/billing-test-bed';

type ReconciliationView = ProcessBillingApi.SchemaReconciliationDto;
type Line = ProcessBillingApi.SchemaReconciliationLineDto;

const WEEK = { from: '2026-11-16', to: '2026-11-20' };
const TIME_AND_MATERIALS = '006NW000101';
/** Northwind's US deals: two billed by time and materials, one by milestone. */
const US_DEALS = [TIME_AND_MATERIALS, '006NW000107', '006NW000102'];
const PROJECT = projectOf(TIME_AND_MATERIALS);

interface CaseRow {
  id: string;
  status: string;
  owner: string;
  subject: string;
  attempts: number;
  message: string;
}

/** "7:30" → 450 (the ERP's duration). */
const minutesOf = (hours: string) => {
  const [whole, minutes] = hours.split(':').map(Number);
  return whole * 60 + minutes;
};

describe('reconciling a legal entity’s period', () => {
  let bed: BillingTestBed;

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      env: { TIME_EXPENSE_MARKUPS: `{"${PROJECT}":"0.10"}` },
      // a schedule whose tick (1 January, 02:00) no test run meets: the spec sends its own ticks
      billingEnv: { BILLING_RECONCILIATION_CRON: '0 2 1 1 *' },
    });
    const time = bed.time;
    for (const opportunity of US_DEALS)
      await time.admin('/psa/time-entries/generate', { body: { ...WEEK, opportunity } });
    await time.admin('/psa/time-entries/approve', { body: { all: true } });
    const expenses = await time.logExpenses([
      { opportunity: TIME_AND_MATERIALS, worker: 'E1003', date: '2026-11-18', cents: 13_211 },
    ]);
    await time.approveExpenses(expenses);
    const approved = (await psaEntries(time)).filter((entry) => entry.approved);
    await time.get(SweepApprovedUseCase).execute();
    await time.settled([...approved.map((entry) => entry.id), ...expenses]);
    const run = await bed.run('NWA-US', '2026-11');
    expect(run.projects.map((p) => p.status)).toEqual(['invoiced', 'invoiced']);
  }, 300_000);

  afterAll(() => bed?.close());

  async function reconcile(legalEntity = 'NWA-US', period = '2026-11') {
    const started = await bed
      .api('post', '/reconciliations')
      .send({ legalEntity, period })
      .expect(202);
    expect(started.body).toMatchObject({ legalEntity, period, trigger: 'request', lines: [] });
    return finished(started.body.id);
  }

  function finished(id: string): Promise<ReconciliationView> {
    return waitFor(
      async () => {
        const answer = await bed.api('get', `/reconciliations/${id}`).expect(200);
        const view = answer.body as ReconciliationView;
        return view.status === 'running' ? undefined : view;
      },
      { timeoutMs: 120_000, intervalMs: 200, what: `reconciliation ${id}` },
    );
  }

  const mismatchCases = (): Promise<CaseRow[]> =>
    bed.dataSource.query(
      `SELECT id, status, owner_group AS owner, subject_id AS subject, attempts, message
         FROM exceptions WHERE reason_code = 'RECONCILIATION_MISMATCH' ORDER BY created_at`,
    );

  const line = (view: ReconciliationView, project: string, type: string): Line =>
    view.lines.find((l) => l.project === project && l.type === type)!;

  /** A posting of the project that a billing event bills, as the ledger holds it. */
  async function billedPosting(): Promise<ProcessTimeApi.SchemaPostingDto> {
    const [{ postingId }] = await bed.dataSource.query(
      `SELECT i.posting_id AS "postingId" FROM billing_event_items i
         JOIN billing_events e ON e.id = i.billing_event_id
        WHERE e.project = $1 AND i.kind = 'TIME' ORDER BY i.posting_id LIMIT 1`,
      [PROJECT],
    );
    return (await bed.time.api('get', `/postings/${postingId}`).expect(200)).body;
  }

  describe('after a billing run', () => {
    let deleted: Record<string, unknown>;
    let posting: ProcessTimeApi.SchemaPostingDto;
    let caseId: string;

    it('finds every side agreeing with nothing changed, and raises no case', async () => {
      const view = await reconcile();
      expect([view.status, view.differences]).toEqual(['completed', 0]);
      expect(view.lines.flatMap((l) => l.differences)).toEqual([]);
      expect(view.lines.map((l) => [l.project, l.type])).toEqual([
        [projectOf('006NW000101'), 'time'],
        [projectOf('006NW000101'), 'expense'],
        [projectOf('006NW000102'), 'time'],
        [projectOf('006NW000107'), 'time'],
      ]);
      for (const time of view.lines.filter((l) => l.type === 'time')) {
        // what the PSA approved is posted, or waits as the posting flow's own case
        expect(time.psa!.count).toBe(time.ledger!.count + (time.unposted?.count ?? 0));
        expect(time.erp).toEqual(time.ledger);
      }
      const billed = line(view, PROJECT, 'time');
      expect(billed.psa!.minutes).toBe(billed.ledger!.minutes);
      expect([billed.billed, billed.invoiced]).toEqual([billed.ledger, billed.ledger]);
      expect(billed.paid).toEqual({ count: 0, amount: { amount: '0.00', currency: 'USD' } });
      // the milestone project's time is posted, not billed by time
      expect(line(view, projectOf('006NW000102'), 'time').billed).toBeUndefined();
      const expense = line(view, PROJECT, 'expense');
      const spent = { count: 1, amount: { amount: '132.11', currency: 'USD' } };
      expect([expense.psa, expense.ledger, expense.erp]).toEqual([spent, spent, spent]);
      // billed with the contract's 10 % markup, half up
      expect(expense.billed).toEqual({ count: 1, amount: { amount: '145.32', currency: 'USD' } });
      expect(await mismatchCases()).toEqual([]);
    });

    it('reports a time bill deleted in the ERP as that posting’s hours and amount missing there, in a case that names it', async () => {
      posting = await billedPosting();
      const {
        items: [bill],
      } = await bed.time.admin<{ items: Record<string, unknown>[] }>(
        `/state/erp/timeBill?externalId=${posting.id}`,
      );
      deleted = bill;
      await bed.time.admin(`/state/erp/timeBill/${String(bill.id)}`, { method: 'DELETE' });
      const minutes = minutesOf(String(bill.hours));
      const amount = ((Number(bill.rate) * minutes) / 60).toFixed(2);
      expect([posting.minutes, posting.billableValue]).toEqual([
        minutes,
        { amount, currency: 'USD' },
      ]);

      const view = await reconcile();
      expect([view.status, view.differences]).toEqual(['completed', 1]);
      const time = line(view, PROJECT, 'time');
      const [difference] = time.differences;
      expect(view.lines.flatMap((l) => l.differences)).toEqual([difference]);
      expect(difference).toEqual({
        comparison: 'ledger-erp',
        side: 'erp',
        issue: 'missing',
        entry: posting.id,
        source: posting.sourceId,
        minutes,
        hours: String(minutes / 60),
        amount: { amount, currency: 'USD' },
        detail: 'posted in the ledger, and the ERP has no timeBill of it',
        exception: expect.any(String),
      });
      const cents = (figure: { amount?: { amount: string } }) =>
        Math.round(Number(figure.amount!.amount) * 100);
      expect(time.erp!.count).toBe(time.ledger!.count - 1);
      expect(time.erp!.minutes).toBe(time.ledger!.minutes! - minutes);
      expect(cents(time.ledger!) - cents(time.erp!)).toBe(Math.round(Number(amount) * 100));
      // billing and invoices still agree with the ledger
      expect([time.billed, time.invoiced]).toEqual([time.ledger, time.ledger]);

      const cases = await mismatchCases();
      expect(cases).toEqual([
        {
          id: difference.exception,
          status: 'open',
          owner: 'finance-ops',
          subject: `NWA-US/2026-11/${PROJECT}/time/ledger-erp`,
          attempts: 1,
          message: expect.stringContaining(
            `${posting.id} (PSA ${posting.sourceId}): ${minutes / 60} h, ${amount} USD missing in the ERP`,
          ),
        },
      ]);
      caseId = cases[0].id;
      const listed = await bed.api('get', '/exceptions?reason=RECONCILIATION_MISMATCH').expect(200);
      expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    });

    it('finds the same difference again without raising a second case', async () => {
      const view = await reconcile();
      expect(view.lines.flatMap((l) => l.differences.map((d) => [d.entry, d.exception]))).toEqual([
        [posting.id, caseId],
      ]);
      expect((await mismatchCases()).map((c) => [c.id, c.status, c.attempts])).toEqual([
        [caseId, 'open', 2],
      ]);
    });

    it('resolves the case once the time bill is back in the ERP', async () => {
      await bed.time.admin('/state/erp/timeBill', { body: deleted });
      const view = await reconcile();
      expect([view.status, view.differences]).toEqual(['completed', 0]);
      expect((await mismatchCases()).map((c) => [c.id, c.status])).toEqual([[caseId, 'resolved']]);
    });

    it('lists the period’s reconciliations newest first, a page at a time', async () => {
      const all = (
        await bed.api('get', '/reconciliations?legalEntity=NWA-US&period=2026-11').expect(200)
      ).body;
      expect(all.items.map((r: { differences: number }) => r.differences)).toEqual([0, 1, 1, 0]);
      expect(all.nextCursor).toBeUndefined();
      const first = (await bed.api('get', '/reconciliations?limit=3').expect(200)).body;
      const rest = (
        await bed
          .api('get', `/reconciliations?limit=3&cursor=${encodeURIComponent(first.nextCursor)}`)
          .expect(200)
      ).body;
      expect([...first.items, ...rest.items].map((r: { id: string }) => r.id)).toEqual(
        all.items.map((r: { id: string }) => r.id),
      );
      expect(rest.nextCursor).toBeUndefined();
      expect(
        (await bed.api('get', '/reconciliations?legalEntity=NWA-DE').expect(200)).body.items,
      ).toEqual([]);
    });
  });

  it('counts a milestone completed in the PSA for its project, and its not being billed yet is no difference', async () => {
    await bed.time.admin('/psa/milestones/MS-102-1/complete', { body: {} });
    const view = await reconcile();
    expect(line(view, projectOf('006NW000102'), 'milestone')).toEqual({
      project: projectOf('006NW000102'),
      type: 'milestone',
      currency: 'USD',
      psa: { count: 1, amount: { amount: '70000.00', currency: 'USD' } },
      differences: [],
    });
    expect(view.differences).toBe(0);
  });

  it('retries a reconciliation while the PSA cannot be read, and completes it once it can', async () => {
    const faults = (body: object) =>
      bed.time.admin('/faults', { method: 'PUT', body: { system: 'psa', ...body } });
    await faults({ errorRate: 1 });
    let id: string;
    try {
      id = (
        await bed
          .api('post', '/reconciliations')
          .send({ legalEntity: 'NWA-US', period: '2026-11' })
          .expect(202)
      ).body.id;
      const queue = bed.app.get(QueueFactory).queue(QueueName.Reconciliation);
      await waitFor(
        async () => {
          const jobs = await queue.getJobs(['delayed', 'waiting', 'active', 'failed']);
          return jobs.some((job) => job.data.reconciliationId === id && job.attemptsMade >= 1);
        },
        { timeoutMs: 60_000, intervalMs: 200, what: 'a failed attempt' },
      );
      expect((await bed.api('get', `/reconciliations/${id}`).expect(200)).body.status).toBe(
        'running',
      );
    } finally {
      await faults({});
    }
    const view = await finished(id);
    expect([view.status, view.differences]).toEqual(['completed', 0]);
  }, 180_000);

  describe('on a schedule', () => {
    const queue = () => bed.app.get(QueueFactory).queue(QueueName.Reconciliation);
    const scheduled = (legalEntity: string): Promise<{ period: string; status: string }[]> =>
      bed.dataSource.query(
        `SELECT period, status FROM reconciliations
          WHERE legal_entity = $1 AND trigger = 'schedule' ORDER BY period`,
        [legalEntity],
      );

    it('keeps one nightly scheduler per legal entity of BILLING_LEGAL_ENTITIES', async () => {
      const schedulers = await queue().getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.pattern, s.template?.data]).sort()).toEqual(
        ['NWA-DE', 'NWA-UK', 'NWA-US'].map((legalEntity) => [
          `reconciliation-${legalEntity}`,
          '0 2 1 1 *',
          { legalEntity },
        ]),
      );
    });

    it('reconciles the tick’s month and the month before, once however often the tick runs', async () => {
      const tick = Date.UTC(2026, 11, 1, 2);
      for (const jobId of ['tick-a', 'tick-b'])
        await queue().add('schedule', { legalEntity: 'NWA-DE' }, { jobId, timestamp: tick });
      const done = await waitFor(
        async () => {
          const rows = await scheduled('NWA-DE');
          return rows.length === 2 && rows.every((r) => r.status === 'completed') && rows;
        },
        { timeoutMs: 60_000, intervalMs: 200, what: 'the scheduled reconciliations' },
      );
      expect(done.map((r) => r.period)).toEqual(['2026-11', '2026-12']);
      await waitFor(
        async () => {
          const states = await Promise.all(
            ['tick-a', 'tick-b'].map(async (id) => (await queue().getJob(id))?.getState()),
          );
          return states.every((state) => state === 'completed');
        },
        { what: 'both ticks' },
      );
      expect(await scheduled('NWA-DE')).toHaveLength(2);
    });

    it('raises a case for a scheduled legal entity the ERP does not have', async () => {
      await queue().add('schedule', { legalEntity: 'NWA-XX' }, { jobId: 'tick-xx' });
      const [row] = await waitFor(
        async () => {
          const rows = await bed.dataSource.query(
            `SELECT reason_code AS reason, owner_group AS owner FROM exceptions
              WHERE subject_type = 'legal_entity' AND subject_id = 'NWA-XX'`,
          );
          return rows.length > 0 && rows;
        },
        { what: 'the case' },
      );
      expect(row).toEqual({ reason: 'INVALID_DIMENSION', owner: 'finance-ops' });
      expect(await scheduled('NWA-XX')).toEqual([]);
    });
  });

  describe('bad input', () => {
    const written = async () =>
      (
        await bed.dataSource.query(
          `SELECT (SELECT count(*) FROM reconciliations)::int AS reconciliations,
                  (SELECT count(*) FROM outbox_messages)::int AS jobs`,
        )
      )[0] as { reconciliations: number; jobs: number };

    async function nothingWritten(send: () => Promise<request.Response>) {
      const before = await written();
      const answer = await send();
      expect(await written()).toEqual(before);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      return answer;
    }

    it('refuses an unknown legal entity with 422 problem+json', async () => {
      const answer = await nothingWritten(() =>
        bed.api('post', '/reconciliations').send({ legalEntity: 'NWA-XX', period: '2026-11' }),
      );
      expect(answer.body).toMatchObject({ status: 422, code: 'INVALID_DIMENSION' });
    });

    it('refuses the month 2026-13, unknown fields and a missing period with 400 problem+json', async () => {
      for (const body of [
        { legalEntity: 'NWA-US', period: '2026-13' },
        { legalEntity: 'NWA-US', period: '2026-11', dryRun: true },
        { legalEntity: 'NWA-US' },
      ]) {
        const answer = await nothingWritten(() => bed.api('post', '/reconciliations').send(body));
        expect({ body, status: answer.status, code: answer.body.code }).toEqual({
          body,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
    });

    it('replays an idempotency key with the same body, and refuses it with another (422)', async () => {
      const key = `reconciliation-${Date.now()}`;
      const first = await bed
        .api('post', '/reconciliations')
        .set('idempotency-key', key)
        .send({ legalEntity: 'NWA-UK', period: '2026-11' })
        .expect(202);
      const before = await written();
      const again = await bed
        .api('post', '/reconciliations')
        .set('idempotency-key', key)
        .send({ legalEntity: 'NWA-UK', period: '2026-11' });
      expect([again.status, again.body.id]).toEqual([202, first.body.id]);
      expect((await written()).reconciliations).toBe(before.reconciliations);
      const other = await nothingWritten(() =>
        bed
          .api('post', '/reconciliations')
          .set('idempotency-key', key)
          .send({ legalEntity: 'NWA-UK', period: '2026-10' }),
      );
      expect([other.status, other.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
      await finished(first.body.id);
    });

    it('answers 404 for a reconciliation it does not have, 400 for no id and for a cursor it did not hand out', async () => {
      const missing = await bed
        .api('get', '/reconciliations/6c2e9b10-4f7a-4d3e-8b21-9a0f5c7d1e42')
        .expect(404);
      expect(missing.body.code).toBe('NOT_FOUND');
      expect((await bed.api('get', '/reconciliations/nope').expect(400)).body.code).toBe(
        'VALIDATION_FAILED',
      );
      expect(
        (await bed.api('get', '/reconciliations?cursor=bm90LW1pbmU').expect(400)).body.code,
      ).toBe('INVALID_CURSOR');
      expect((await bed.api('get', '/reconciliations?period=2026-13').expect(400)).body.code).toBe(
        'VALIDATION_FAILED',
      );
    });

    it('lets only finance, service and admin tokens in', async () => {
      const security = readSecurityConfig(bed.app.get(ConfigService));
      const tokens = {
        delivery: bed.token([Role.Delivery]),
        partner: signAccessToken(security, {
          subject: 'partner-user',
          roles: [Role.Partner],
          partnerId: 'PARTNER-1',
          ttlSeconds: 300,
        }),
      };
      for (const [role, token] of Object.entries(tokens)) {
        const server = request(bed.app.getHttpServer());
        const answer = await nothingWritten(() =>
          server
            .post('/reconciliations')
            .set('authorization', `Bearer ${token}`)
            .send({ legalEntity: 'NWA-US', period: '2026-11' }),
        );
        expect([role, answer.status]).toEqual([role, 403]);
      }
      await bed.api('get', '/reconciliations').expect(200);
    });
  });
});
