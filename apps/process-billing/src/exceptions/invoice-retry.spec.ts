import request from 'supertest';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { psaEntries } from '@p2c/apps/process-time/src/testing/psa-entries';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { ScheduleBillingRunUseCase } from '../runs/schedule-billing-run.use-case';
import { BillingTestBed, RunView } from '../testing/billing-test-bed';

/** Northwind's US time-and-materials deals. */
const DEALS = ['006NW000101', '006NW000107'];
const UNKNOWN = '6f1c2d3e-0000-4000-8000-000000000000';

interface CaseRow {
  id: string;
  reason: string;
  status: string;
  attempts: number;
  updatedAt: Date;
}

describe('retrying a failed invoice from the exception workbench', () => {
  let bed: BillingTestBed;
  let runId: string;
  /** project → its billing event in the run */
  const events = new Map<string, string>();

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      // system-erp does not retry a call itself: each of billing's tries is one call
      tierEnv: { ERP_MAX_RETRIES: '0' },
      billingEnv: { BILLING_INVOICE_ATTEMPTS: '2' },
    });
    const time = bed.time;
    for (const opportunity of DEALS)
      await time.admin('/psa/time-entries/generate', {
        body: { from: '2026-11-16', to: '2026-11-20', opportunity },
      });
    await time.admin('/psa/time-entries/approve', { body: { all: true } });
    const approved = (await psaEntries(time)).filter((entry) => entry.approved);
    await time.get(SweepApprovedUseCase).execute();
    await time.settled(approved.map((entry) => entry.id));

    // planned while the ERP answers; every invoice call then fails, through both tries
    const invoicing = bed.app.get(QueueFactory).queue(QueueName.Invoicing);
    await invoicing.pause();
    try {
      const started = await bed
        .api('post', '/billing-runs')
        .send({ legalEntity: 'NWA-US', period: '2026-11' })
        .expect(202);
      runId = started.body.id;
      await waitFor(async () => (await view()).status === 'invoicing', {
        timeoutMs: 30_000,
        what: 'the run to be planned',
      });
      await faults({ errorRate: 1 });
    } finally {
      await invoicing.resume();
    }
    const run = await bed.finished(runId);
    for (const project of run.projects) events.set(project.project, project.billingEvent);
  }, 240_000);

  afterAll(async () => {
    await faults({}).catch(() => undefined);
    await bed?.close();
  });

  const faults = (body: object) =>
    bed.time.admin('/faults', { method: 'PUT', body: { system: 'erp', ...body } });
  const view = async (): Promise<RunView> =>
    (await bed.api('get', `/billing-runs/${runId}`).expect(200)).body;
  const retry = (id: string, roles?: Role[]) => {
    const call = request(bed.app.getHttpServer()).post(`/exceptions/${id}/retry`);
    return call.set('authorization', `Bearer ${bed.token(roles)}`);
  };
  const eventOf = (deal: string) => events.get(projectOf(deal))!;
  const caseOf = async (subject: string): Promise<CaseRow> =>
    (
      await bed.dataSource.query(
        `SELECT id, reason_code AS reason, status, attempts, updated_at AS "updatedAt"
           FROM exceptions WHERE subject_type = 'billing_event' AND subject_id = $1`,
        [subject],
      )
    )[0];
  const invoicesOf = async (event: string) =>
    (await bed.erpInvoices()).filter((invoice) => invoice.externalId === event).length;
  /** Waits until the event's invoice has been tried again and its run is done once more. */
  const settled = (event: string) =>
    waitFor(
      async () => {
        const run = await view();
        const project = run.projects.find((p) => p.billingEvent === event)!;
        return run.status.startsWith('completed') && project.status !== 'pending' && project;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: `billing event ${event} to settle` },
    );

  it('keeps both invoices’ work when the ERP cannot be reached through every try, each a case', async () => {
    const run = await view();
    expect(run.status).toBe('completed_with_exceptions');
    expect(run.projects.map((p) => [p.project, p.status, p.items > 0])).toEqual(
      DEALS.map((deal) => [projectOf(deal), 'failed', true]),
    );
    for (const deal of DEALS)
      expect(await caseOf(eventOf(deal))).toMatchObject({
        reason: 'VENDOR_UNAVAILABLE',
        status: 'open',
      });
    expect(await bed.erpInvoices()).toEqual([]);
  });

  it('files a retry while the ERP still fails as the same case again, and one after it recovers invoices once', async () => {
    const event = eventOf(DEALS[0]);
    const filed = await caseOf(event);
    const first = await retry(filed.id).expect(202);
    expect(first.body).toEqual({
      exception: filed.id,
      run: runId,
      billingEvent: event,
      status: 'retrying',
    });
    expect(await settled(event)).toMatchObject({ status: 'failed', exception: filed.id });
    expect(await caseOf(event)).toMatchObject({ id: filed.id, status: 'open', attempts: 2 });

    await faults({});
    await retry(filed.id).expect(202);
    const invoiced = await settled(event);
    expect([invoiced.status, invoiced.invoiceNumber]).toEqual(['invoiced', expect.any(String)]);
    expect(await invoicesOf(event)).toBe(1);
    expect(await caseOf(event)).toMatchObject({ id: filed.id, status: 'resolved' });
    const hops = await bed.dataSource.query(
      `SELECT status FROM sync_ledger
        WHERE flow = 'billing' AND target_type = 'invoice' AND source_id = $1`,
      [event],
    );
    expect(hops).toEqual([{ status: 'succeeded' }]);
    // the other project still waits as a case
    expect((await view()).status).toBe('completed_with_exceptions');
    const audits = await bed.dataSource.query(
      `SELECT actor, after->>'billingEvent' AS event FROM audit_log
        WHERE action = 'exception.retry' AND subject_id = $1`,
      [filed.id],
    );
    expect(audits).toEqual([
      { actor: 'finance-analyst', event },
      { actor: 'finance-analyst', event },
    ]);
  });

  it('answers 409 NOT_RETRYABLE once the ERP refused the invoice and its work was released, writing nothing', async () => {
    const event = eventOf(DEALS[1]);
    const filed = await caseOf(event);
    const {
      items: [job],
    } = await bed.time.admin<{ items: { parent: { id: string } }[] }>(
      `/state/erp/job?externalId=${projectOf(DEALS[1])}`,
    );
    const customer = `/state/erp/customer/${job.parent.id}`;
    await bed.time.admin(customer, { method: 'PATCH', body: { isInactive: true } });
    try {
      await retry(filed.id).expect(202);
      expect(await settled(event)).toMatchObject({ status: 'failed', items: 0 });
    } finally {
      await bed.time.admin(customer, { method: 'PATCH', body: { isInactive: false } });
    }
    const refused = await caseOf(event);
    expect(refused).toMatchObject({ id: filed.id, reason: 'VENDOR_REJECTED', status: 'open' });

    const written = () =>
      bed.dataSource.query(
        `SELECT (SELECT count(*) FROM audit_log)::int AS audits,
                (SELECT status FROM billing_events WHERE id = $1) AS event,
                (SELECT status FROM billing_runs WHERE id = $2) AS run`,
        [event, runId],
      );
    const before = await written();
    const answer = await retry(filed.id).expect(409);
    expect(answer.type).toBe('application/problem+json');
    expect(answer.body.code).toBe('NOT_RETRYABLE');
    expect(await written()).toEqual(before);
    expect(await caseOf(event)).toEqual(refused);
    expect(await bed.app.get(QueueFactory).queue(QueueName.Invoicing).getWaitingCount()).toBe(0);
  });

  it('refuses a case of nothing to replay (409), a closed one (409), an unknown one (404), a bad id (400), and delivery (403)', async () => {
    await bed.app.get(ScheduleBillingRunUseCase).execute('NWA-XX', new Date());
    const [configuration] = await bed.dataSource.query(
      `SELECT id FROM exceptions WHERE subject_type = 'legal_entity' AND subject_id = 'NWA-XX'`,
    );
    const other = await retry(configuration.id).expect(409);
    expect(other.body.code).toBe('NOT_RETRYABLE');
    const resolved = await caseOf(eventOf(DEALS[0]));
    expect((await retry(resolved.id).expect(409)).body.code).toBe('EXCEPTION_CLOSED');
    expect((await retry(UNKNOWN).expect(404)).body.code).toBe('NOT_FOUND');
    await retry('not-a-uuid').expect(400);
    const open = await caseOf(eventOf(DEALS[1]));
    expect((await retry(open.id, [Role.Delivery]).expect(403)).body.code).toBe('FORBIDDEN');
    expect(await caseOf(eventOf(DEALS[1]))).toEqual(open);
  });
});
