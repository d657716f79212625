import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { Role } from '@p2c/security';

interface Listed {
  id: string;
  createdAt: string;
  slaDueAt: string;
  cursor: string;
}

/** A case as seeded: raised `ageHours` ago, due `dueHours` from now (negative: overdue). */
interface Seed {
  reason: string;
  ownerGroup: string;
  status: 'open' | 'resolved';
  ageHours: number;
  dueHours: number;
  /** for a resolved case: hours ago it was closed */
  closedHours?: number;
}

const SEEDS: Seed[] = [
  { reason: 'RATE_MISSING', ownerGroup: 'finance-ops', status: 'open', ageHours: 1, dueHours: 20 },
  {
    reason: 'PERIOD_CLOSED',
    ownerGroup: 'finance-ops',
    status: 'open',
    ageHours: 30,
    dueHours: -6,
  },
  // closed in time, and closed after its SLA fell due
  {
    reason: 'WORKER_UNMAPPED',
    ownerGroup: 'integration-support',
    status: 'resolved',
    ageHours: 50,
    dueHours: -10,
    closedHours: 20,
  },
  {
    reason: 'WORKER_UNMAPPED',
    ownerGroup: 'integration-support',
    status: 'resolved',
    ageHours: 40,
    dueHours: -30,
    closedHours: 5,
  },
  {
    reason: 'VENDOR_UNAVAILABLE',
    ownerGroup: 'platform',
    status: 'open',
    ageHours: 3,
    dueHours: 1,
  },
  // raised at the same instant as the next: the id decides between them
  { reason: 'RATE_MISSING', ownerGroup: 'finance-ops', status: 'open', ageHours: 10, dueHours: 5 },
  { reason: 'RATE_MISSING', ownerGroup: 'finance-ops', status: 'open', ageHours: 10, dueHours: 5 },
];

describe('the exception workbench’s filters, sorts and audit trail (process-time)', () => {
  let bed: TimeTestBed;
  /** seeded case id → its seed */
  const seeded = new Map<string, Seed>();

  const list = async (query: string, roles?: Role[]): Promise<Listed[]> =>
    (await bed.api('get', `/exceptions?${query}`, roles).expect(200)).body.items.filter(
      (found: Listed) => seeded.has(found.id),
    );
  const ids = async (query: string) => (await list(query)).map((found) => found.id);
  /** every page of a listing, `limit` at a time */
  const pages = async (query: string, limit: number): Promise<string[]> => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { body } = await bed
        .api('get', `/exceptions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      seen.push(...body.items.map((found: Listed) => found.id));
      cursor = body.nextCursor;
    } while (cursor);
    return seen.filter((id) => seeded.has(id));
  };
  const expected = (by: 'ageHours' | 'dueHours', order: 'asc' | 'desc') =>
    [...seeded.entries()]
      .sort(([aId, a], [bId, b]) => {
        // raised longer ago = earlier; due later = later
        const [ka, kb] = by === 'ageHours' ? [-a.ageHours, -b.ageHours] : [a.dueHours, b.dueHours];
        const asc = ka !== kb ? ka - kb : aId < bId ? -1 : 1;
        return order === 'asc' ? asc : -asc;
      })
      .map(([id]) => id);

  beforeAll(async () => {
    bed = await TimeTestBed.start();
    // one instant for every seed, so "hours ago" is exact between them
    const [{ now }] = await bed.dataSource.query(`SELECT now() AS now`);
    for (const [i, seed] of SEEDS.entries()) {
      const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
      const [{ id }] = await bed.dataSource.query(
        `INSERT INTO exceptions (flow, step, reason_code, message, owner_group, status, subject_type,
                                 subject_id, sla_due_at, created_at, updated_at, resolved_at, resolution)
         VALUES ('time-posting', 'post', $1, $1, $2, $3, 'psa.time_entry', $4, $5, $6, $6, $7, $8)
         RETURNING id`,
        [
          seed.reason,
          seed.ownerGroup,
          seed.status,
          `seeded-${i}`,
          at(seed.dueHours),
          at(-seed.ageHours),
          seed.closedHours === undefined ? null : at(-seed.closedHours),
          seed.closedHours === undefined ? null : 'seeded closed',
        ],
      );
      seeded.set(id, seed);
    }
  }, 180_000);

  afterAll(() => bed?.close());

  it('sorts by raise or due time, either way, and pages each sort with its own cursors', async () => {
    for (const [sort, by] of [
      ['createdAt', 'ageHours'],
      ['slaDueAt', 'dueHours'],
    ] as const)
      for (const order of ['asc', 'desc'] as const) {
        const want = expected(by, order);
        expect([sort, order, await ids(`sort=${sort}&order=${order}`)]).toEqual([
          sort,
          order,
          want,
        ]);
        expect([sort, order, await pages(`sort=${sort}&order=${order}`, 2)]).toEqual([
          sort,
          order,
          want,
        ]);
      }
    // newest first unless asked
    expect(await ids('')).toEqual(expected('ageHours', 'desc'));
  });

  it('lists from any listed case’s cursor the cases after it in that sort', async () => {
    const sorted = await list('sort=slaDueAt&order=asc');
    const third = sorted[2];
    expect(await ids(`sort=slaDueAt&order=asc&cursor=${third.cursor}`)).toEqual(
      sorted.slice(3).map((found) => found.id),
    );
  });

  it('refuses a cursor of another sort, and bad sorts, filters and page sizes, as problem+json', async () => {
    const [first] = await list('sort=slaDueAt&order=asc&limit=1');
    for (const query of [
      `sort=slaDueAt&order=desc&cursor=${first.cursor}`,
      `sort=createdAt&order=asc&cursor=${first.cursor}`,
    ]) {
      const answer = await bed.api('get', `/exceptions?${query}`).expect(400);
      expect([answer.type, answer.body.code]).toEqual([
        'application/problem+json',
        'INVALID_CURSOR',
      ]);
    }
    for (const query of [
      'sort=amount',
      'order=up',
      'slaBreached=maybe',
      'olderThanMinutes=0',
      'olderThanMinutes=ten',
      'createdBefore=yesterday',
      'flow=Time Posting',
      'limit=501',
    ]) {
      const answer = await bed.api('get', `/exceptions?${query}`);
      expect([query, answer.status, answer.type, answer.body.code]).toEqual([
        query,
        400,
        'application/problem+json',
        'VALIDATION_FAILED',
      ]);
    }
  });

  it('filters by flow, age and SLA breached', async () => {
    const where = (keep: (seed: Seed) => boolean) =>
      expected('ageHours', 'desc').filter((id) => keep(seeded.get(id)!));
    expect(await ids('flow=time-posting')).toEqual(where(() => true));
    expect(await ids('flow=billing')).toEqual([]);
    expect(await ids('olderThanMinutes=600')).toEqual(where((seed) => seed.ageHours >= 10));
    expect(await ids('olderThanMinutes=240')).toEqual(where((seed) => seed.ageHours >= 4));
    const [{ before }] = await bed.dataSource.query(
      `SELECT (now() - interval '35 hours') AS before`,
    );
    expect(await ids(`createdBefore=${before.toISOString()}`)).toEqual(
      where((seed) => seed.ageHours > 35),
    );
    // overdue and open, or closed only after it fell due
    const breached = (seed: Seed) => seed.dueHours < -(seed.closedHours ?? 0);
    expect(await ids('slaBreached=true')).toEqual(where(breached));
    expect(await ids('slaBreached=false')).toEqual(where((seed) => !breached(seed)));
    expect(await ids('slaBreached=true&status=open&sort=slaDueAt&order=asc')).toEqual(
      expected('dueHours', 'asc').filter(
        (id) => breached(seeded.get(id)!) && seeded.get(id)!.status === 'open',
      ),
    );
  });

  it('shows every action on a case beside its notes: who, when, what', async () => {
    const [id] = await ids('reason=PERIOD_CLOSED');
    await bed.api('post', `/exceptions/${id}/assign`).send({ assignee: 'ana.ops' }).expect(200);
    await bed
      .api('post', `/exceptions/${id}/notes`)
      .send({ text: 'Asked the ERP team to reopen October.' })
      .expect(201);
    await bed
      .api('post', `/exceptions/${id}/dismiss`)
      .send({ reason: 'Booked in November instead.' })
      .expect(200);
    const { body } = await bed.api('get', `/exceptions/${id}`).expect(200);
    expect(body.notes).toEqual([
      expect.objectContaining({
        author: 'finance-analyst',
        text: 'Asked the ERP team to reopen October.',
      }),
    ]);
    expect(body.audit).toEqual([
      {
        actor: 'finance-analyst',
        action: 'exception.assign',
        at: expect.any(String),
        correlationId: expect.any(String),
        before: { status: 'open', assignee: null },
        after: { status: 'assigned', assignee: 'ana.ops' },
      },
      {
        actor: 'finance-analyst',
        action: 'exception.note',
        at: expect.any(String),
        correlationId: expect.any(String),
        after: { note: body.notes[0].id },
      },
      {
        actor: 'finance-analyst',
        action: 'exception.dismiss',
        at: expect.any(String),
        correlationId: expect.any(String),
        before: { status: 'assigned', reasonCode: 'PERIOD_CLOSED' },
        after: { status: 'dismissed', resolution: 'Booked in November instead.' },
      },
    ]);
    const times = body.audit.map((entry: { at: string }) => Date.parse(entry.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // lists stay light: no notes or audit trail per case
    const [listed] = (await bed.api('get', `/exceptions?reason=PERIOD_CLOSED`).expect(200)).body
      .items;
    expect(listed.audit).toBeUndefined();
    expect(listed.notes).toBeUndefined();
  });
});
