import { ReasonCode } from '@p2c/canonical';
import { ReasonException } from '@p2c/platform';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { ErpTestBed } from '../testing/erp-test-bed';
import { PostingBatches } from './posting-batches';
import { UpsertTimePostingUseCase } from './upsert-time-posting.use-case';

interface BatchResult {
  id: string;
  status: 'posted' | 'refused' | 'failed';
  problemStatus?: number;
  mayHaveTakenEffect?: boolean;
  erpId?: string;
  reasonCode?: string;
  detail?: string;
  vendorCode?: string;
}

describe('postings in batches over the ERP’s list upsert', () => {
  let bed: ErpTestBed;
  const usProject = 'P-BATCH-US';
  const time = (id: string, changes: object = {}) => ({
    id,
    project: usProject,
    worker: 'E1002',
    workDate: '2026-10-30',
    hours: '7.5',
    billable: true,
    billRate: { amount: '300.00', currency: 'USD' },
    memo: `PSA time entry ${id} v1`,
    ...changes,
  });
  const expense = (id: string, changes: object = {}) => ({
    id,
    project: usProject,
    worker: 'E1002',
    date: '2026-10-30',
    amount: { amount: '86.40', currency: 'USD' },
    billable: true,
    ...changes,
  });
  const batch = (path: string, postings: unknown, key?: string) => {
    const pending = bed.post(path, { postings });
    return key ? pending.set('idempotency-key', key) : pending;
  };
  const bills = (externalId: string) => bed.erpRecords('timeBill', { externalId });

  beforeAll(async () => {
    bed = await ErpTestBed.start();
    await bed.put('/customers/C-001NW000001', { name: 'Contoso', legalEntity: 'NWA-US' });
    for (const [id, activate] of [
      [usProject, true],
      ['P-BATCH-PENDING', false],
    ] as const) {
      const put = await bed.put(`/projects/${id}`, {
        name: id,
        customer: 'C-001NW000001',
        legalEntity: 'NWA-US',
        costCenter: 'US-STRAT',
        startDate: '2026-10-01',
      });
      expect(put.status).toBe(200);
      if (activate) expect((await bed.post(`/projects/${id}/activation`)).status).toBe(200);
    }
  });

  afterAll(() => bed?.close());

  it('posts each posting alone: the refused ones carry the reason code their PUT would', async () => {
    const answer = await batch('/time-postings/batch', [
      time('b-1'),
      time('b-sept', { workDate: '2026-09-30' }),
      time('b-pending', { project: 'P-BATCH-PENDING' }),
      time('b-unmapped', { worker: 'E9999' }),
      time('b-thirds', { hours: '0.3333' }),
      time('b-2', { hours: '2', billable: false }),
    ]);
    expect(answer.status).toBe(200);
    const results = answer.body.results as BatchResult[];
    expect(results.map((r) => [r.id, r.status, r.reasonCode, r.vendorCode])).toEqual([
      ['b-1', 'posted', undefined, undefined],
      ['b-sept', 'refused', 'PERIOD_CLOSED', 'PERIOD_CLOSED'],
      ['b-pending', 'refused', 'PROJECT_NOT_ACTIVE', 'JOB_NOT_ACTIVE'],
      ['b-unmapped', 'refused', 'WORKER_UNMAPPED', undefined],
      ['b-thirds', 'refused', 'INVALID_HOURS', undefined],
      ['b-2', 'posted', undefined, undefined],
    ]);
    expect(results[1].detail).toMatch(/period .* is closed/);
    for (const refused of ['b-sept', 'b-pending', 'b-unmapped', 'b-thirds'])
      expect(await bills(refused)).toHaveLength(0);
    const [first] = await bills('b-1');
    expect(first).toMatchObject({ hours: '7:30', isBillable: true, rate: 300 });
    expect(String(first.id)).toBe(results[0].erpId);
    // linked and readable as a single posting is
    const read = await bed.get('/time-postings/b-2');
    expect(read.body).toMatchObject({ erpId: results[5].erpId, minutes: 120, status: 'POSTED' });
  });

  it('takes a repeated batch as the same records, changed in place', async () => {
    const first = (await batch('/time-postings/batch', [time('r-1'), time('r-2')])).body
      .results as BatchResult[];
    const again = (await batch('/time-postings/batch', [time('r-1', { hours: '6' }), time('r-2')]))
      .body.results as BatchResult[];
    expect(again.map((r) => r.erpId)).toEqual(first.map((r) => r.erpId));
    expect(await bills('r-1')).toEqual([expect.objectContaining({ hours: '6:00' })]);
    expect(await bills('r-2')).toHaveLength(1);
  });

  it('posts expenses in batches too, a refused one alone', async () => {
    const answer = await batch('/expense-postings/batch', [
      expense('e-1'),
      expense('e-gbp', { amount: { amount: '10.00', currency: 'GBP' } }),
      expense('e-sept', { date: '2026-09-30' }),
    ]);
    expect(answer.status).toBe(200);
    expect((answer.body.results as BatchResult[]).map((r) => [r.status, r.reasonCode])).toEqual([
      ['posted', undefined],
      ['refused', 'CURRENCY_MISMATCH'],
      ['refused', 'PERIOD_CLOSED'],
    ]);
    expect(await bed.erpRecords('expenseReport', { externalId: 'e-1' })).toEqual([
      expect.objectContaining({ amount: 86.4 }),
    ]);
    expect(await bed.erpRecords('expenseReport', { externalId: 'e-sept' })).toHaveLength(0);
  });

  it('honours Idempotency-Key: the same batch replays, another batch is refused', async () => {
    const first = await batch('/time-postings/batch', [time('k-1')], 'batch-key-1');
    const replay = await batch('/time-postings/batch', [time('k-1')], 'batch-key-1');
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    const reused = await batch('/time-postings/batch', [time('k-2')], 'batch-key-1');
    expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(await bills('k-2')).toHaveLength(0);
  });

  it.each([
    ['more than 100', Array.from({ length: 101 }, (_, i) => time(`big-${i}`))],
    ['none', []],
    ['an id twice', [time('twice-1'), time('twice-1', { hours: '1' })]],
    ['a malformed posting', [time('bad-1'), time('bad-2', { hours: 7.5 })]],
    ['a posting without id', [time('bad-3'), { ...time('x'), id: undefined }]],
    ['no list', 'all of them'],
  ])('refuses %s with 400 problem+json, writing nothing', async (_what, postings) => {
    const answer = await batch('/time-postings/batch', postings);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    for (const id of ['big-0', 'twice-1', 'bad-1', 'bad-3'])
      expect(await bills(id)).toHaveLength(0);
  });

  it('fails the whole batch when the ERP fails the call, writing nothing', async () => {
    await bed.faults({ errorRate: 1 });
    try {
      const answer = await batch('/time-postings/batch', [time('down-1'), time('down-2')]);
      expect([answer.status, answer.body.code]).toEqual([503, 'VENDOR_UNAVAILABLE']);
    } finally {
      await bed.faults({});
    }
    expect(await bills('down-1')).toHaveLength(0);
  });

  it('fails only the posting whose preparation hit a fault: the others post', async () => {
    const upsert = bed.app.get(UpsertTimePostingUseCase);
    const results = await bed.app
      .get(PostingBatches)
      .post(
        { recordType: 'timeBill', entityType: 'time-posting' },
        [time('f-1'), time('f-lookup'), time('f-2')],
        async ({ id, ...posting }) => {
          if (id === 'f-lookup')
            throw new ReasonException(ReasonCode.VENDOR_UNAVAILABLE, 'ERP is unavailable', {
              mayHaveTakenEffect: false,
            });
          return upsert.prepare(id, posting);
        },
      );
    expect(results.map((r) => [r.id, r.status, r.reasonCode, r.problemStatus])).toEqual([
      ['f-1', 'posted', undefined, undefined],
      ['f-lookup', 'failed', 'VENDOR_UNAVAILABLE', 503],
      ['f-2', 'posted', undefined, undefined],
    ]);
    expect(results[1].mayHaveTakenEffect).toBe(false);
    expect(await bills('f-lookup')).toHaveLength(0);
    expect(await bills('f-2')).toHaveLength(1);
  });

  it('looks many postings up in one ERP query, leaving out those it lacks', async () => {
    await batch('/time-postings/batch', [time('l-1'), time('l-2', { hours: '2' })]);
    await batch('/expense-postings/batch', [expense('le-1')]);
    const found = await bed.get('/time-postings?id=l-1&id=l-2&id=l-none');
    expect(found.status).toBe(200);
    expect(
      (found.body.items as { id: string; minutes: number }[])
        .map(({ id, minutes }) => [id, minutes])
        .sort(),
    ).toEqual([
      ['l-1', 450],
      ['l-2', 120],
    ]);
    const one = await bed.get('/time-postings?id=l-1');
    expect(one.body.items).toEqual([(await bed.get('/time-postings/l-1')).body]);
    const expenses = await bed.get('/expense-postings?id=le-1&id=le-none');
    expect(expenses.status).toBe(200);
    expect(expenses.body.items).toEqual([(await bed.get('/expense-postings/le-1')).body]);
  });

  it.each([
    ['no id', ''],
    ['more than 100 ids', Array.from({ length: 101 }, (_, i) => `id=x-${i}`).join('&')],
    ['a malformed id', "id=l-1&id=it's"],
  ])('refuses a lookup with %s: 400 problem+json', async (_what, query) => {
    const answer = await bed.get(`/time-postings?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
  });

  it('keeps the last good project when reading it again fails', async () => {
    const app = await bed.anotherApp({ ERP_REFERENCE_CACHE_TTL_MS: '50' });
    try {
      const refs = app.get(ErpProjectRefs);
      const good = await refs.byId(usProject);
      expect(good?.erpId).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 100));
      // last in this file: the failures below may open the ERP's circuit, shared in Redis
      await bed.faults({ errorRate: 1 });
      try {
        expect(await refs.byId(usProject)).toEqual(good);
        // a project never read before has nothing to fall back on
        await expect(refs.byId('P-BATCH-PENDING')).rejects.toMatchObject({
          code: 'VENDOR_UNAVAILABLE',
        });
      } finally {
        await bed.faults({});
      }
    } finally {
      await app.close();
    }
  });
});
