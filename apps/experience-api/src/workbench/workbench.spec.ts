import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { ExperienceTestBed } from '../testing/experience-test-bed';

type App = 'process-onboarding' | 'process-time' | 'process-billing';

interface Listed {
  id: string;
  app: App;
  flow: string;
  ownerGroup: string;
  createdAt: string;
}

/**
 * Cases seeded in each app's own table, raised `age` minutes ago and due `60 - age` minutes from
 * now: [app, flow, owner group, age].
 */
const SEEDS: [App, string, string, number][] = [
  ['process-time', 'time-posting', 'finance-ops', 5],
  ['process-billing', 'billing', 'finance-ops', 10],
  ['process-time', 'time-posting', 'delivery', 15],
  ['process-onboarding', 'project-onboarding', 'delivery', 20],
  ['process-billing', 'billing', 'integration-support', 25],
  ['process-time', 'time-posting', 'platform', 30],
];

describe('the exception workbench over every process app', () => {
  let bed: ExperienceTestBed;
  let finance: string;
  let delivery: string;
  /** case id → [app, owner group] */
  const seeded = new Map<string, [App, string]>();
  let litware: Listed;

  const database = (app: App) => bed.processes[app].get(DataSource);
  const ours = (items: Listed[]) => items.filter((item) => seeded.has(item.id));
  const pages = async (query: string, limit: number, token = finance): Promise<Listed[]> => {
    const seen: Listed[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await bed
        .api(
          'get',
          `/exceptions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
          token,
        )
        .expect(200);
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return seen;
  };
  const auditOf = (app: App, id: string) =>
    database(app).query(
      `SELECT actor, action FROM audit_log WHERE subject_type = 'exception' AND subject_id = $1
        ORDER BY occurred_at`,
      [id],
    );
  const row = async (app: App, id: string) =>
    (await database(app).query(`SELECT status, assignee FROM exceptions WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    bed = await ExperienceTestBed.start();
    finance = bed.token(Role.Finance, { subject: 'ana.finance' });
    delivery = bed.token(Role.Delivery, { subject: 'dan.delivery' });
    for (const [i, [app, flow, owner, age]] of SEEDS.entries()) {
      const [{ id }] = await database(app).query(
        `INSERT INTO exceptions (flow, step, reason_code, message, owner_group, subject_type,
                                 subject_id, sla_due_at, created_at, updated_at)
         VALUES ($1, 'seeded', 'VENDOR_UNAVAILABLE', 'seeded', $2, 'seed', $3,
                 now() + (60 - $4) * interval '1 minute', now() - $4 * interval '1 minute',
                 now() - $4 * interval '1 minute')
         RETURNING id`,
        [flow, owner, `seed-${i}`, age],
      );
      seeded.set(id, [app, owner]);
    }
    // Litware's real case: onboarding stopped on its cost centre
    const { body } = await bed
      .api('get', '/exceptions?flow=project-onboarding&reason=INVALID_DIMENSION', finance)
      .expect(200);
    litware = body.items[0];
  }, 240_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  it('lists the cases of every app as one list, each naming its app and flow, a page at a time in any sort', async () => {
    expect(litware).toMatchObject({ app: 'process-onboarding', flow: 'project-onboarding' });
    const all = ours(
      (await bed.api('get', '/exceptions?limit=500', finance).expect(200)).body.items,
    );
    // newest first across the apps
    expect(all.map((item) => item.id)).toEqual([...seeded.keys()]);
    for (const item of all) {
      const [app] = seeded.get(item.id)!;
      expect(item.app).toBe(app);
      expect(item.flow).toBe(SEEDS.find(([seedApp]) => seedApp === app)![1]);
    }
    expect(ours(await pages('', 2)).map((item) => item.id)).toEqual([...seeded.keys()]);
    // soonest due first: the older a seed, the sooner it is due
    expect(ours(await pages('sort=slaDueAt&order=asc', 2)).map((item) => item.id)).toEqual(
      [...seeded.keys()].reverse(),
    );
    expect(ours(await pages('ownerGroup=finance-ops', 1)).map((item) => item.id)).toEqual(
      [...seeded.entries()].filter(([, [, owner]]) => owner === 'finance-ops').map(([id]) => id),
    );
    const tooMany = await bed.api('get', '/exceptions?limit=501', finance).expect(400);
    expect([tooMany.type, tooMany.body.code]).toEqual([
      'application/problem+json',
      'VALIDATION_FAILED',
    ]);
    const badCursor = await bed.api('get', '/exceptions?cursor=WyJ4IiwieSJd', finance).expect(400);
    expect(badCursor.body.code).toBe('INVALID_CURSOR');
  });

  it('routes an action to the app that holds the case, audited there as the user', async () => {
    const [billingCase] = [...seeded.entries()].find(([, [app]]) => app === 'process-billing')!;
    const assigned = await bed
      .api('post', `/exceptions/${billingCase}/assign`, finance)
      .send({ assignee: 'ana.finance' })
      .expect(200);
    expect(assigned.body).toMatchObject({ app: 'process-billing', status: 'assigned' });
    expect(await row('process-billing', billingCase)).toEqual({
      status: 'assigned',
      assignee: 'ana.finance',
    });
    await bed
      .api('post', `/exceptions/${billingCase}/notes`, finance)
      .set('idempotency-key', `note-${billingCase}`)
      .send({ text: 'Asked the ERP team.' })
      .expect(201);
    await bed
      .api('post', `/exceptions/${billingCase}/resolve`, finance)
      .send({ resolution: 'Raised by hand.' })
      .expect(200);
    expect(await auditOf('process-billing', billingCase)).toEqual([
      { actor: 'ana.finance', action: 'exception.assign' },
      { actor: 'ana.finance', action: 'exception.note' },
      { actor: 'ana.finance', action: 'exception.resolve' },
    ]);
    for (const app of ['process-time', 'process-onboarding'] as const)
      expect(await auditOf(app, billingCase)).toEqual([]);
    const { body } = await bed.api('get', `/exceptions/${billingCase}`, finance).expect(200);
    expect(body).toMatchObject({ app: 'process-billing', status: 'resolved' });
    expect(body.notes).toEqual([expect.objectContaining({ author: 'ana.finance' })]);
    expect(body.audit.map((entry: { actor: string; action: string }) => entry.action)).toEqual([
      'exception.assign',
      'exception.note',
      'exception.resolve',
    ]);
    const closed = await bed
      .api('post', `/exceptions/${billingCase}/dismiss`, finance)
      .send({ reason: 'again' })
      .expect(409);
    expect(closed.body.code).toBe('EXCEPTION_CLOSED');
    const unknown = await bed.api('get', `/exceptions/${randomUUID()}`, finance).expect(404);
    expect([unknown.type, unknown.body.code]).toEqual(['application/problem+json', 'NOT_FOUND']);
  });

  it('shows delivery only the cases delivery owns, and lets it work only those', async () => {
    const deliveryCases = [...seeded.entries()]
      .filter(([, [, owner]]) => owner === 'delivery')
      .map(([id]) => id);
    const seen = await pages('', 2, delivery);
    expect(seen.every((item) => item.ownerGroup === 'delivery')).toBe(true);
    expect(ours(seen).map((item) => item.id)).toEqual(deliveryCases);
    const [timeFinance] = [...seeded.entries()].find(
      ([, [app, owner]]) => app === 'process-time' && owner === 'finance-ops',
    )!;
    const before = await row('process-time', timeFinance);
    for (const call of [
      bed.api('get', `/exceptions/${timeFinance}`, delivery),
      bed.api('post', `/exceptions/${timeFinance}/assign`, delivery).send({ assignee: 'dan' }),
      bed.api('get', '/exceptions?ownerGroup=finance-ops', delivery),
      bed.api('post', `/exceptions/${deliveryCases[0]}/retry`, delivery),
      bed.api('post', '/exceptions/retries', delivery).send({ ids: deliveryCases }),
      bed.api('get', '/dead-letters', delivery),
    ])
      expect((await call.expect(403)).body.code).toBe('FORBIDDEN');
    expect(await row('process-time', timeFinance)).toEqual(before);
    expect(await auditOf('process-time', timeFinance)).toEqual([]);
    const assigned = await bed
      .api('post', `/exceptions/${deliveryCases[1]}/assign`, delivery)
      .send({ assignee: 'dan.delivery' })
      .expect(200);
    expect(assigned.body).toMatchObject({ app: 'process-onboarding', assignee: 'dan.delivery' });
    expect(await auditOf('process-onboarding', deliveryCases[1])).toEqual([
      { actor: 'dan.delivery', action: 'exception.assign' },
    ]);
    const partner = bed.token(Role.Partner, { partnerId: 'PARTNER-1' });
    expect((await bed.api('get', '/exceptions', partner).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('retries many cases across the apps under one batch, answering at once', async () => {
    const unknown = randomUUID();
    const accepted = await bed
      .api('post', '/exceptions/retries', finance)
      .send({ ids: [litware.id, unknown] })
      .expect(202);
    expect(accepted.body).toMatchObject({
      requested: 2,
      counts: { notFound: 1 },
      id: expect.any(String),
    });
    const done = await waitFor(
      async () => {
        const { body } = await bed
          .api('get', `/exceptions/retries/${accepted.body.id}`, finance)
          .expect(200);
        return body.done ? body : undefined;
      },
      { timeoutMs: 30_000, what: 'the bulk retry' },
    );
    expect(done.counts).toEqual({ pending: 0, retried: 1, refused: 0, notFound: 1, failed: 0 });
    expect(done.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          exception: litware.id,
          app: 'process-onboarding',
          status: 'retried',
        }),
        expect.objectContaining({ exception: unknown, status: 'not_found' }),
      ]),
    );
    expect(await auditOf('process-onboarding', litware.id)).toEqual([
      { actor: 'ana.finance', action: 'exception.retry' },
    ]);
  });

  it('lists every app’s dead letters and replays one in its app, once', async () => {
    const rowId = randomUUID();
    await database('process-billing').query(
      `INSERT INTO outbox_messages (id, queue, job_name, payload, attempts, last_error, given_up_at)
       VALUES ($1, 'payment-sync', 'sync-payments', '{}'::jsonb, 25, 'Redis did not answer', now())`,
      [rowId],
    );
    const { body } = await bed.api('get', '/dead-letters?kind=outbox', finance).expect(200);
    const letter = body.items.find((item: { jobId: string }) => item.jobId === rowId);
    expect(letter).toMatchObject({ app: 'process-billing', kind: 'outbox', queue: 'payment-sync' });
    expect(letter.id.startsWith('process-billing.')).toBe(true);
    const replayed = await bed
      .api('post', `/dead-letters/${letter.id}/replay`, finance)
      .expect(200);
    expect(replayed.body).toMatchObject({ id: letter.id, app: 'process-billing', jobId: rowId });
    const again = await bed.api('post', `/dead-letters/${letter.id}/replay`, finance).expect(409);
    expect(again.body.code).toBe('ALREADY_REPLAYED');
  });
});
