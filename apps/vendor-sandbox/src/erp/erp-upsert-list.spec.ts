import { RunningSandbox, startSandbox } from '../testing/sandbox-test-app';
import { CallOptions, HttpAnswer, call } from '../testing/vendor-http';

type Body = Record<string, unknown>;
const RECORDS = '/erp/services/rest/record/v1';

interface ListAnswer {
  count: number;
  items: {
    externalId: string;
    status: 'success' | 'error';
    internalId?: string;
    code?: string;
    message?: string;
  }[];
}

describe('the sandbox ERP list upsert (upsertList)', () => {
  let sandbox: RunningSandbox;
  const erp = <T = Body>(path: string, options?: CallOptions) =>
    call<T>(sandbox.url, path, 'erp', options);
  const upsertList = (type: string, items: unknown) =>
    erp<ListAnswer>(`${RECORDS}/${type}/upsertList`, { body: { items } });
  const faults = (settings: Body) =>
    call(sandbox.url, '/__sandbox/faults', 'admin', { method: 'PUT', body: settings });
  const stateOf = async (collection: string, externalId: string) =>
    (
      await call<{ items: Body[] }>(
        sandbox.url,
        `/__sandbox/state/erp/${collection}?externalId=${encodeURIComponent(externalId)}`,
        'admin',
      )
    ).body.items;
  const errorCode = (answer: HttpAnswer) =>
    (answer.body as { 'o:errorDetails': { 'o:errorCode': string }[] })['o:errorDetails'][0][
      'o:errorCode'
    ];
  let jobId: string;
  let pendingJobId: string;
  let employeeId: string;
  const bill = (externalId: string, changes: Body = {}) => ({
    externalId,
    employee: { id: employeeId },
    customer: { id: jobId },
    hours: '7:30',
    tranDate: '2026-10-14',
    isBillable: true,
    ...changes,
  });

  beforeAll(async () => {
    sandbox = await startSandbox();
    const created = async (type: string, body: Body) =>
      (await erp(`${RECORDS}/${type}`, { body })).headers.get('location')!.split('/').pop()!;
    const customerId = await created('customer', {
      companyName: 'Tailspin Toys Ltd',
      subsidiary: { externalId: 'NWA-UK' },
    });
    const job = { parent: { id: customerId }, subsidiary: { externalId: 'NWA-UK' } };
    jobId = await created('job', { ...job, companyName: 'In progress', entityStatus: { id: '2' } });
    pendingJobId = await created('job', { ...job, companyName: 'Not started' });
    employeeId = String((await stateOf('employee', 'E1011'))[0].id);
  });
  afterAll(() => sandbox.close());
  afterEach(() => faults({ system: 'erp' }));

  it('answers each record in order; a refused one fails alone with the single upsert’s code', async () => {
    const answer = await upsertList('timeBill', [
      bill('LIST-1'),
      bill('LIST-2', { tranDate: '2026-09-30' }),
      bill('LIST-3', { customer: { id: pendingJobId } }),
      bill('LIST-4', { hours: '0:00' }),
      bill('LIST-5', { hours: 2 }),
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.count).toBe(5);
    expect(answer.body.items.map((item) => [item.externalId, item.status, item.code])).toEqual([
      ['LIST-1', 'success', undefined],
      ['LIST-2', 'error', 'PERIOD_CLOSED'],
      ['LIST-3', 'error', 'JOB_NOT_ACTIVE'],
      ['LIST-4', 'error', 'USER_ERROR'],
      ['LIST-5', 'success', undefined],
    ]);
    expect(answer.body.items[1].message).toMatch(/Sep 2026 is closed/);
    for (const [externalId, hours] of [
      ['LIST-1', '7:30'],
      ['LIST-5', '2:00'],
    ]) {
      const [record] = await stateOf('timeBill', externalId);
      expect(record).toMatchObject({ hours, customer: { id: jobId } });
      expect(String(record.id)).toBe(
        answer.body.items.find((item) => item.externalId === externalId)!.internalId,
      );
    }
    for (const refused of ['LIST-2', 'LIST-3', 'LIST-4'])
      expect(await stateOf('timeBill', refused)).toEqual([]);
  });

  it('takes a repeated record as the same record, changed, also twice in one list', async () => {
    const first = await upsertList('timeBill', [bill('REPEAT-1'), bill('REPEAT-2')]);
    const again = await upsertList('timeBill', [
      bill('REPEAT-1', { hours: '1:15' }),
      bill('REPEAT-2'),
      bill('REPEAT-2', { memo: 'second in the list' }),
    ]);
    expect(again.body.items.map((item) => item.internalId)).toEqual([
      first.body.items[0].internalId,
      first.body.items[1].internalId,
      first.body.items[1].internalId,
    ]);
    expect(await stateOf('timeBill', 'REPEAT-1')).toEqual([
      expect.objectContaining({ hours: '1:15' }),
    ]);
    expect(await stateOf('timeBill', 'REPEAT-2')).toEqual([
      expect.objectContaining({ memo: 'second in the list' }),
    ]);
  });

  it('counts one call against the rate limit and the faults, however many records it carries', async () => {
    await faults({ system: 'erp', rateLimit: { perSecond: 1 } });
    const records = Array.from({ length: 200 }, (_, i) => bill(`RATE-${i}`));
    const answer = await upsertList('timeBill', records);
    expect(answer.status).toBe(200);
    expect(answer.body.items.every((item) => item.status === 'success')).toBe(true);
    const next = await upsertList('timeBill', [bill('RATE-next')]);
    expect([next.status, errorCode(next)]).toEqual([429, 'SSS_REQUEST_LIMIT_EXCEEDED']);

    await faults({ system: 'erp', errorRate: 1 });
    const failed = await upsertList('timeBill', [bill('FAULT-1'), bill('FAULT-2')]);
    expect([failed.status, errorCode(failed)]).toEqual([
      expect.any(Number) as number,
      'UNEXPECTED_ERROR',
    ]);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(await stateOf('timeBill', 'FAULT-1')).toEqual([]);
  });

  it('refuses a malformed list whole, writing nothing', async () => {
    const tooMany = Array.from({ length: 201 }, (_, i) => bill(`BIG-${i}`));
    for (const items of [tooMany, [], 'nope', [bill('NO-ID-1'), { ...bill(''), externalId: 7 }]]) {
      const answer = await upsertList('timeBill', items);
      expect([answer.status, errorCode(answer)]).toEqual([400, 'USER_ERROR']);
    }
    expect(await stateOf('timeBill', 'BIG-0')).toEqual([]);
    expect(await stateOf('timeBill', 'NO-ID-1')).toEqual([]);
    const unknownType = await upsertList('widget', [bill('W-1')]);
    expect([unknownType.status, errorCode(unknownType)]).toEqual([404, 'INVALID_RCRD_TYPE']);
  });
});
