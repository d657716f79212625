import { IndependentPrices } from '@p2c/apps/process-time/src/testing/independent-prices';
import { projectOf } from '@p2c/apps/process-time/src/testing/northwind-projects';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { BillingTestBed } from '../testing/billing-test-bed';

const CONTOSO = '006NW000101';
const COLUMBIA = '006NW000107';
const prices = new IndependentPrices();
/** E1003 is Contoso's senior: its November rate on Contoso's card, in cents */
const seniorRate = () => prices.billRateCents(prices.rateCardOf(CONTOSO), 'SENIOR', '2026-11-16')!;
const money = (cents: bigint, currency = 'USD') => ({
  amount: (Number(cents) / 100).toFixed(2),
  currency,
});

interface ErpDocument {
  externalId: string;
  subtotal: number;
  createdFrom?: { id: string } | null;
  item: { items: { description: string; quantity: number; amount: number }[] };
}

describe('the approval gate and corrections of invoiced work', () => {
  let bed: BillingTestBed;
  /** Contoso's five 8 h days: above NWA-US's 5,000.00 threshold */
  let contosoWeek: string[];

  async function logAndPost(
    entries: { opportunity: string; worker: string; date: string; hours: number }[],
  ): Promise<string[]> {
    const ids = await bed.time.logTime(entries);
    await bed.time.approve(ids);
    expect(new Set((await bed.time.settled(ids)).values())).toEqual(new Set(['posted']));
    return ids;
  }

  beforeAll(async () => {
    bed = await BillingTestBed.start({
      billingEnv: { BILLING_APPROVAL_THRESHOLDS: '{"NWA-US":"5000.00"}' },
    });
    await bed.time.registerWebhooks(1);
    contosoWeek = await logAndPost(
      ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'].map((date) => ({
        opportunity: CONTOSO,
        worker: 'E1003',
        date,
        hours: 8,
      })),
    );
    await logAndPost([{ opportunity: COLUMBIA, worker: 'E1006', date: '2026-11-18', hours: 2 }]);
  }, 240_000);

  afterAll(() => bed?.close());

  const documents = async (collection: 'invoice' | 'creditMemo') =>
    (await bed.time.admin<{ items: ErpDocument[] }>(`/state/erp/${collection}?limit=1000`)).items;

  it('holds an event above the threshold for finance, and invoices it once approved', async () => {
    const run = await bed.run('NWA-US', '2026-11');
    expect(run.status).toBe('awaiting_approval');
    expect(run.projects.map((p) => [p.project, p.status])).toEqual([
      [projectOf(CONTOSO), 'pending_approval'],
      [projectOf(COLUMBIA), 'invoiced'],
    ]);
    const held = run.projects[0];
    expect(held.net).toEqual(money(seniorRate() * 40n));
    expect((await documents('invoice')).map((i) => i.externalId)).toEqual([
      run.projects[1].billingEvent,
    ]);
    const waiting = await bed.api('get', '/billing-events?status=PENDING_APPROVAL').expect(200);
    expect(waiting.body.items.map((e: { billingEvent: string }) => e.billingEvent)).toEqual([
      held.billingEvent,
    ]);

    const delivery = bed.token([Role.Delivery]);
    await bed.app
      .inject({
        method: 'POST',
        url: `/billing-events/${held.billingEvent}/approve`,
        headers: { authorization: `Bearer ${delivery}` },
      })
      .then((answer) => expect(answer.statusCode).toBe(403));

    const approved = await bed
      .api('post', `/billing-events/${held.billingEvent}/approve`)
      .expect(200);
    expect(approved.body).toMatchObject({ status: 'pending', decidedBy: 'finance-analyst' });
    const done = await bed.finished(run.id);
    expect(done.status).toBe('completed');
    expect(done.projects[0]).toMatchObject({ status: 'invoiced', net: held.net });
    expect((await documents('invoice')).map((i) => i.externalId).sort()).toEqual(
      run.projects.map((p) => p.billingEvent).sort(),
    );
    const again = await bed.api('post', `/billing-events/${held.billingEvent}/approve`);
    expect([again.status, again.body.code]).toEqual([409, 'NOT_AWAITING_APPROVAL']);
    const [audit] = await bed.dataSource.query(
      `SELECT actor, after->>'status' AS status FROM audit_log
        WHERE action = 'billing-event.approve' AND subject_id = $1`,
      [held.billingEvent],
    );
    expect(audit).toEqual({ actor: 'finance-analyst', status: 'pending' });
  }, 120_000);

  it('returns a rejected event’s items to unbilled, and bills them in the next run', async () => {
    const more = await logAndPost(
      ['2026-11-23', '2026-11-24', '2026-11-25'].map((date) => ({
        opportunity: CONTOSO,
        worker: 'E1003',
        date,
        hours: 8,
      })),
    );
    const run = await bed.run('NWA-US', '2026-11');
    const [held] = run.projects;
    expect([run.status, held.status, held.items]).toEqual([
      'awaiting_approval',
      'pending_approval',
      more.length,
    ]);
    const noReason = await bed.api('post', `/billing-events/${held.billingEvent}/reject`).send({});
    expect([noReason.status, noReason.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const rejected = await bed
      .api('post', `/billing-events/${held.billingEvent}/reject`)
      .send({ reason: 'Hours disputed by the client' })
      .expect(200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      items: 0,
      rejectionReason: 'Hours disputed by the client',
      decidedBy: 'finance-analyst',
    });
    expect((await bed.finished(run.id)).status).toBe('completed');
    const [audit] = await bed.dataSource.query(
      `SELECT after->>'reason' AS reason FROM audit_log
        WHERE action = 'billing-event.reject' AND subject_id = $1`,
      [held.billingEvent],
    );
    expect(audit.reason).toBe('Hours disputed by the client');

    const next = await bed.run('NWA-US', '2026-11');
    const [rebilled] = next.projects;
    expect([rebilled.status, rebilled.items, rebilled.net]).toEqual([
      'pending_approval',
      more.length,
      money(seniorRate() * 24n),
    ]);
    await bed.api('post', `/billing-events/${rebilled.billingEvent}/approve`).expect(200);
    expect((await bed.finished(next.id)).projects[0].status).toBe('invoiced');
  }, 120_000);

  it('credits exactly 2 h at its rate when an invoiced 8 h entry is corrected to 6 h', async () => {
    const [first] = contosoWeek;
    const invoiced = await bed.dataSource.query(
      `SELECT e.id, e.invoice_erp_id AS "erpId" FROM billing_event_items i
         JOIN billing_events e ON e.id = i.billing_event_id
        WHERE i.posting_id = $1 AND e.status = 'invoiced'`,
      [`psa-time-${first}`],
    );
    expect(invoiced).toHaveLength(1);
    await bed.time.admin(`/psa/time-entries/${first}`, { method: 'PATCH', body: { hours: 6 } });
    await waitFor(
      async () => {
        const posting = await bed.time.api('get', `/postings/psa-time-${first}`);
        return posting.body.status === 'posted' && posting.body.minutes === 360;
      },
      { timeoutMs: 60_000, what: 'the corrected posting' },
    );

    const run = await bed.run('NWA-US', '2026-11');
    expect(run.status).toBe('completed');
    const credit = seniorRate() * 2n;
    expect(run.projects.map((p) => [p.project, p.document, p.status, p.items, p.net])).toEqual([
      [projectOf(CONTOSO), 'credit_memo', 'invoiced', 1, money(-credit)],
    ]);
    const [memo] = (await documents('creditMemo')).filter(
      (document) => document.externalId === run.projects[0].billingEvent,
    );
    expect(cents(memo.subtotal)).toBe(credit);
    expect(memo.item.items.map((line) => [line.quantity, cents(line.amount)])).toEqual([
      [2, credit],
    ]);
    expect(memo.createdFrom?.id).toBe(invoiced[0].erpId);
    // nothing is credited twice
    const again = await bed.run('NWA-US', '2026-11');
    expect(again.projects).toEqual([]);
  }, 120_000);
});

const cents = (amount: number) => BigInt(Math.round(amount * 100));
