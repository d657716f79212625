import { Role } from '@p2c/security';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { STOPPED_DEAL } from '../testing/northwind-projects';
import { TimeTestBed } from '../testing/time-test-bed';

const UNKNOWN = '6f1c2d3e-0000-4000-8000-000000000000';

interface Case {
  id: string;
  reasonCode: string;
  ownerGroup: string;
  status: string;
  subjectId: string;
  posting?: string;
  assignee?: string;
  facts: Record<string, unknown>;
}

describe('the exception workbench over time postings', () => {
  let bed: TimeTestBed;
  /** PSA entry id → why the flow stops it */
  const refused = new Map<string, string>();

  const post = (path: string, body?: object, roles?: Role[]) => {
    const sent = bed.api('post', path, roles);
    return body ? sent.send(body) : sent;
  };
  const list = async (query = '', roles?: Role[]): Promise<Case[]> =>
    (await bed.api('get', `/exceptions${query}`, roles).expect(200)).body.items;
  const caseOf = async (entry: string): Promise<Case> =>
    (await list('?limit=500')).find((found) => found.subjectId === entry)!;
  const audits = (id: string): Promise<{ actor: string; action: string }[]> =>
    bed.dataSource.query(
      `SELECT actor, action FROM audit_log WHERE subject_id = $1 ORDER BY occurred_at, action`,
      [id],
    );
  const row = async (id: string) =>
    (
      await bed.dataSource.query(
        `SELECT status, assignee, resolution, updated_at FROM exceptions WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    bed = await TimeTestBed.start();
    const stopped = [
      { opportunity: '006NW000101', worker: 'E1001', date: '2026-09-28', hours: 4 },
      { opportunity: '006NW000101', worker: 'E1001', date: '2026-09-29', hours: 4 },
      { opportunity: '006NW000101', worker: 'E1001', date: '2026-09-30', hours: 4 },
      { opportunity: '006NW000105', worker: 'E1024', date: '2026-11-02', hours: 8 },
      { opportunity: STOPPED_DEAL, worker: 'E1021', date: '2026-11-10', hours: 8 },
    ];
    const reasons = [
      'PERIOD_CLOSED',
      'PERIOD_CLOSED',
      'PERIOD_CLOSED',
      'WORKER_UNMAPPED',
      'PROJECT_NOT_ACTIVE',
    ];
    // one at a time, so the cases are raised in this order
    for (const [i, entry] of stopped.entries()) {
      const [id] = await bed.logTime([entry]);
      await bed.approve([id]);
      await bed.get(SweepApprovedUseCase).execute();
      await bed.settled([id]);
      refused.set(id, reasons[i]);
    }
  }, 180_000);

  afterAll(() => bed?.close());

  it('lists the cases newest first, each naming its posting, by reason, owner group and status', async () => {
    const all = await list();
    const entries = [...refused.keys()];
    expect(all.map((found) => found.subjectId)).toEqual([...entries].reverse());
    for (const found of all)
      expect(found).toMatchObject({
        reasonCode: refused.get(found.subjectId),
        status: 'open',
        posting: `psa-time-${found.subjectId}`,
        flow: 'time-posting',
        step: 'post',
      });
    expect(all[0].facts).not.toHaveProperty('postingId');
    expect(all[0].facts).not.toHaveProperty('replay');
    const closed = await list('?reason=PERIOD_CLOSED');
    expect(closed.map((found) => found.subjectId)).toEqual(entries.slice(0, 3).reverse());
    const integration = await list('?ownerGroup=integration-support');
    expect(integration.map((found) => found.reasonCode)).toEqual([
      'PROJECT_NOT_ACTIVE',
      'WORKER_UNMAPPED',
    ]);
    expect(await list('?status=resolved')).toEqual([]);
    expect(await list('?reason=PERIOD_CLOSED&ownerGroup=platform')).toEqual([]);
  });

  it('pages through the cases with a keyset cursor, each case once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { body } = await bed
        .api('get', `/exceptions?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((found: Case) => found.subjectId));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...refused.keys()].reverse());
    const bad = await bed.api('get', '/exceptions?cursor=bm90LW91cnM').expect(400);
    expect(bad.type).toBe('application/problem+json');
    expect(bad.body.code).toBe('INVALID_CURSOR');
    for (const query of ['?limit=501', '?reason=NOT_A_REASON', '?ownerGroup=sales', '?colour=red'])
      expect((await bed.api('get', `/exceptions${query}`).expect(400)).body.code).toBe(
        'VALIDATION_FAILED',
      );
  });

  it('assigns a case to a person, audited, once per idempotency key, and lists it by assignee', async () => {
    const { id } = await caseOf([...refused.keys()][0]);
    const assign = () =>
      bed
        .api('post', `/exceptions/${id}/assign`)
        .set('idempotency-key', `assign-${id}`)
        .send({ assignee: 'ana.ops@northwind' })
        .expect(200);
    expect((await assign()).body).toMatchObject({
      id,
      status: 'assigned',
      assignee: 'ana.ops@northwind',
      posting: expect.stringMatching(/^psa-time-/),
      notes: [],
    });
    expect((await assign()).headers['idempotent-replayed']).toBe('true');
    expect(await audits(id)).toEqual([{ actor: 'finance-analyst', action: 'exception.assign' }]);
    expect((await list('?assignee=ana.ops@northwind')).map((found) => found.id)).toEqual([id]);
    expect((await list('?status=assigned')).map((found) => found.id)).toEqual([id]);
  });

  it('keeps notes on a case and shows them on it, oldest first', async () => {
    const { id } = await caseOf([...refused.keys()][1]);
    const first = await bed
      .api('post', `/exceptions/${id}/notes`)
      .send({ text: 'Asked finance to reopen September for NWA-US.' })
      .expect(201);
    expect(first.body).toMatchObject({ author: 'finance-analyst', id: expect.any(String) });
    await bed
      .api('post', `/exceptions/${id}/notes`)
      .send({ text: 'September stays closed; booking in October.' })
      .expect(201);
    const { body } = await bed.api('get', `/exceptions/${id}`).expect(200);
    expect(body.notes.map((note: { text: string }) => note.text)).toEqual([
      'Asked finance to reopen September for NWA-US.',
      'September stays closed; booking in October.',
    ]);
    expect(body).toMatchObject({ id, status: 'open', reasonCode: 'PERIOD_CLOSED' });
    expect(await audits(id)).toEqual([
      { actor: 'finance-analyst', action: 'exception.note' },
      { actor: 'finance-analyst', action: 'exception.note' },
    ]);
  });

  it('dismisses and resolves cases by hand, once: closing, assigning or retrying a closed one is 409', async () => {
    const [, , third, unmapped] = [...refused.keys()];
    const dismissed = (await caseOf(third)).id;
    const dismiss = await bed
      .api('post', `/exceptions/${dismissed}/dismiss`)
      .send({ reason: 'Logged twice; the duplicate is deleted in the PSA.' })
      .expect(200);
    expect(dismiss.body).toMatchObject({
      status: 'dismissed',
      resolution: 'Logged twice; the duplicate is deleted in the PSA.',
      resolvedAt: expect.any(String),
    });
    const resolved = (await caseOf(unmapped)).id;
    const resolve = await bed
      .api('post', `/exceptions/${resolved}/resolve`)
      .send({ resolution: 'Booked by hand in the ERP as JE-2026-1142.' })
      .expect(200);
    expect(resolve.body).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    expect(await audits(resolved)).toEqual([
      { actor: 'finance-analyst', action: 'exception.resolve' },
    ]);
    expect(await audits(dismissed)).toEqual([
      { actor: 'finance-analyst', action: 'exception.dismiss' },
    ]);

    for (const id of [dismissed, resolved]) {
      const before = await row(id);
      for (const [action, body] of [
        ['dismiss', { reason: 'again' }],
        ['resolve', { resolution: 'again' }],
        ['assign', { assignee: 'someone.else' }],
        ['retry', undefined],
      ] as const) {
        const answer = await post(`/exceptions/${id}/${action}`, body).expect(409);
        expect(answer.body.code).toBe('EXCEPTION_CLOSED');
      }
      expect(await row(id)).toEqual(before);
    }
    expect((await list('?status=dismissed')).map((found) => found.id)).toEqual([dismissed]);
    expect((await list('?status=resolved')).map((found) => found.id)).toEqual([resolved]);
  });

  it('answers an unknown case 404 and a malformed id 400, as problem+json', async () => {
    const calls: [method: 'get' | 'post', path: string, body?: object][] = [
      ['get', ''],
      ['post', '/assign', { assignee: 'ana' }],
      ['post', '/notes', { text: 'lost' }],
      ['post', '/dismiss', { reason: 'lost' }],
      ['post', '/resolve', { resolution: 'lost' }],
      ['post', '/retry'],
    ];
    for (const [method, path, body] of calls) {
      const call = (id: string) =>
        method === 'get'
          ? bed.api('get', `/exceptions/${id}`)
          : post(`/exceptions/${id}${path}`, body);
      const missing = await call(UNKNOWN);
      expect({ path, status: missing.status, code: missing.body.code }).toEqual({
        path,
        status: 404,
        code: 'NOT_FOUND',
      });
      expect(missing.type).toBe('application/problem+json');
      await call('not-a-uuid').expect(400);
    }
    expect(await audits(UNKNOWN)).toEqual([]);
  });

  it('refuses a bad body with 400 problem+json and writes nothing', async () => {
    const { id } = await caseOf([...refused.keys()][4]);
    const before = await row(id);
    const bad = [
      ['assign', {}],
      ['assign', { assignee: '   ' }],
      ['assign', { assignee: 'ana', role: 'lead' }],
      ['assign', { assignee: 'a'.repeat(201) }],
      ['notes', { text: '' }],
      ['notes', { text: 'x'.repeat(4001) }],
      ['dismiss', {}],
      ['dismiss', { reason: 42 }],
      ['resolve', { resolution: ['fixed'] }],
    ] as const;
    for (const [action, body] of bad) {
      const answer = await post(`/exceptions/${id}/${action}`, body);
      expect({ action, body, status: answer.status, code: answer.body.code }).toEqual({
        action,
        body,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(answer.type).toBe('application/problem+json');
    }
    expect(await row(id)).toEqual(before);
    expect((await bed.api('get', `/exceptions/${id}`).expect(200)).body.notes).toEqual([]);
    expect(await audits(id)).toEqual([]);
  });

  it('lets a delivery token see and work only delivery’s cases: none of time posting’s', async () => {
    const { id } = await caseOf([...refused.keys()][4]);
    expect(await list('', [Role.Delivery])).toEqual([]);
    const forbidden = [
      bed.api('get', `/exceptions/${id}`, [Role.Delivery]),
      bed.api('get', '/exceptions?ownerGroup=finance-ops', [Role.Delivery]),
      post(`/exceptions/${id}/notes`, { text: 'mine?' }, [Role.Delivery]),
      post(`/exceptions/${id}/retry`, undefined, [Role.Delivery]),
    ];
    for (const call of forbidden) expect((await call.expect(403)).body.code).toBe('FORBIDDEN');
    expect(await audits(id)).toEqual([]);
  });
});
