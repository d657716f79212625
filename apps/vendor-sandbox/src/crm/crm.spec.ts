import { RunningSandbox, startSandbox } from '../testing/sandbox-test-app';
import { CallOptions, HttpAnswer, call } from '../testing/vendor-http';

type Body = Record<string, unknown>;
const API = '/crm/services/data/v60.0';

interface QueryPage {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Body[];
}

describe('the sandbox CRM (Salesforce REST style)', () => {
  let sandbox: RunningSandbox;
  const crm = <T = Body>(path: string, options?: CallOptions) =>
    call<T>(sandbox.url, `${API}${path}`, 'crm', options);
  const query = (soql: string, headers?: Record<string, string>) =>
    crm<QueryPage>(`/query?q=${encodeURIComponent(soql)}`, { headers });

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it('pages a large query through nextRecordsUrl, every record once', async () => {
    for (let i = 0; i < 450; i++)
      await call(sandbox.url, '/__sandbox/state/crm/Account', 'admin', {
        body: { Name: `Prospect ${i}`, BillingCountry: 'US' },
      });
    const first = await query('SELECT Id, Name FROM Account ORDER BY Name', {
      'sforce-query-options': 'batchSize=200',
    });
    expect(first.body).toMatchObject({ totalSize: 458, done: false });
    const ids = first.body.records.map((r) => r.Id);
    let next = first.body.nextRecordsUrl;
    let pages = 1;
    while (next) {
      expect(next).toMatch(/^\/services\/data\/v60\.0\/query\/01g\w+-\d+$/);
      const page: HttpAnswer<QueryPage> = await call(sandbox.url, `/crm${next}`, 'crm');
      ids.push(...page.body.records.map((r) => r.Id));
      next = page.body.nextRecordsUrl;
      pages += 1;
      expect(page.body.done).toBe(next === undefined);
    }
    expect(pages).toBe(3);
    expect(ids).toHaveLength(458);
    expect(new Set(ids).size).toBe(458);
    const whole = await query('SELECT Id FROM Account');
    expect(whole.body).toMatchObject({ totalSize: 458, done: true });
    expect(whole.body.records).toHaveLength(458);
    const stale = await call(sandbox.url, `${API}/query/01gNOPE-200`, 'crm');
    expect(stale.body).toEqual([
      { message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' },
    ]);
  });

  it('answers a SOQL filter with attributes and the selected fields only', async () => {
    const answer = await query(
      "SELECT Id, StageName FROM Opportunity WHERE IsWon = false AND (StageName = 'negotiation' OR StageName = 'Proposal') ORDER BY Id",
    );
    expect(answer.body.records).toEqual([
      {
        attributes: {
          type: 'Opportunity',
          url: `/services/data/v60.0/sobjects/Opportunity/006NW000108`,
        },
        Id: '006NW000108',
        StageName: 'Negotiation',
      },
      {
        attributes: {
          type: 'Opportunity',
          url: `/services/data/v60.0/sobjects/Opportunity/006NW000109`,
        },
        Id: '006NW000109',
        StageName: 'Proposal',
      },
    ]);
    const malformed = await query('SELECT FROM Opportunity');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual([{ message: expect.any(String), errorCode: 'MALFORMED_QUERY' }]);
    expect((await query('SELECT Colour__c FROM Opportunity')).body).toEqual([
      { message: expect.stringContaining('Colour__c'), errorCode: 'INVALID_FIELD' },
    ]);
    expect((await query('SELECT Id FROM Widget')).body).toEqual([
      { message: expect.any(String), errorCode: 'INVALID_TYPE' },
    ]);
  });

  it('lets a client ask what changed since a LastModifiedDate cursor', async () => {
    // the newest change of any opportunity: the scenario's records are stamped as they load
    const all = await query(
      'SELECT Id, LastModifiedDate FROM Opportunity ORDER BY LastModifiedDate',
    );
    const cursor = String(all.body.records.at(-1)!.LastModifiedDate);
    const unchanged = await query(
      `SELECT Id FROM Opportunity WHERE LastModifiedDate > ${cursor.replace('+0000', 'Z')}`,
    );
    expect(unchanged.body.totalSize).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const won = await call<Body>(
      sandbox.url,
      '/__sandbox/crm/opportunities/006NW000108/close-won',
      'admin',
      {
        method: 'POST',
      },
    );
    expect(won.body).toMatchObject({
      StageName: 'Closed Won',
      IsWon: true,
      IsClosed: true,
      CloseDate: '2026-11-20',
    });
    const changed = await query(
      `SELECT Id, StageName, LastModifiedDate FROM Opportunity WHERE LastModifiedDate > ${cursor.replace('+0000', 'Z')} ORDER BY LastModifiedDate`,
    );
    expect(changed.body.records.map((r) => r.Id)).toEqual(['006NW000108']);
    expect(String(changed.body.records[0].LastModifiedDate) > cursor).toBe(true);
  });

  it('creates, reads and updates sObjects, refusing unknown and system fields', async () => {
    const created = await crm<Body>('/sobjects/Change_Order__c/', {
      body: {
        Name: 'CO-1',
        Opportunity__c: '006NW000101',
        Amount__c: 25000,
        Status__c: 'Approved',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.stringMatching(/^a02/), success: true, errors: [] });
    const id = String(created.body.id);
    expect(
      (
        await crm(`/sobjects/Change_Order__c/${id}`, {
          method: 'PATCH',
          body: { Amount__c: 30000 },
        })
      ).status,
    ).toBe(204);
    expect((await crm<Body>(`/sobjects/Change_Order__c/${id}`)).body).toMatchObject({
      attributes: { type: 'Change_Order__c' },
      Amount__c: 30000,
    });
    expect((await crm('/sobjects/Opportunity/', { body: { Name: 'x' } })).body).toEqual([
      {
        message: expect.any(String),
        errorCode: 'REQUIRED_FIELD_MISSING',
        fields: ['StageName', 'CloseDate'],
      },
    ]);
    expect(
      (await crm('/sobjects/Opportunity/006NW000101', { method: 'PATCH', body: { IsWon: true } }))
        .body,
    ).toEqual([
      {
        message: expect.any(String),
        errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
        fields: ['IsWon'],
      },
    ]);
    expect((await crm('/sobjects/Account/001NOPE')).status).toBe(404);
  });

  it('holds contracts keyed in by a person, with their deal, currency and not-to-exceed amount', async () => {
    const keyed = await call<Body>(sandbox.url, '/__sandbox/state/crm/Contract', 'admin', {
      body: {
        AccountId: '001NW000001',
        Opportunity__c: '006NW000101',
        Status: 'Activated',
        StartDate: '2026-10-01',
        ContractTerm: 12,
        CurrencyIsoCode: 'USD',
        Not_To_Exceed__c: 385000.5,
      },
    });
    expect(keyed.status).toBe(201);
    const id = String(keyed.body.Id);
    expect(id).toMatch(/^800SB\d{10}$/);
    const viaApi = await crm(`/sobjects/Contract/${id}`);
    expect(viaApi.body).toMatchObject({
      Id: id,
      Opportunity__c: '006NW000101',
      CurrencyIsoCode: 'USD',
      Not_To_Exceed__c: 385000.5,
      LastModifiedDate: expect.stringMatching(/\+0000$/),
    });
    expect(Object.keys(viaApi.body)).not.toContain('id');
    const changed = await call<Body>(sandbox.url, `/__sandbox/state/crm/Contract/${id}`, 'admin', {
      method: 'PATCH',
      body: { Not_To_Exceed__c: 400000 },
    });
    expect(Object.keys(changed.body)).not.toContain('id');
    const ofDeal = await query(
      "SELECT Id, Not_To_Exceed__c, CurrencyIsoCode FROM Contract WHERE Opportunity__c = '006NW000101'",
    );
    expect(ofDeal.body.records).toEqual([
      {
        attributes: { type: 'Contract', url: `/services/data/v60.0/sobjects/Contract/${id}` },
        Id: id,
        Not_To_Exceed__c: 400000,
        CurrencyIsoCode: 'USD',
      },
    ]);
  });

  it('upserts by external id: twice makes one record; several matches answer 300', async () => {
    const upsert = (name: string) =>
      crm<Body>('/sobjects/Opportunity/External_Id__c/GW-0001', {
        method: 'PATCH',
        body: {
          Name: name,
          StageName: 'Prospecting',
          CloseDate: '2026-12-31',
          AccountId: '001NW000004',
        },
      });
    const first = await upsert('Wingtip renewal');
    const second = await upsert('Wingtip renewal (revised)');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ success: true, created: true });
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ id: first.body.id, success: true, errors: [], created: false });
    const matches = await query(
      "SELECT Id, Name FROM Opportunity WHERE External_Id__c = 'GW-0001'",
    );
    expect(matches.body.records.map((r) => r.Name)).toEqual(['Wingtip renewal (revised)']);

    // Tax_Id__c is an external id field that is not unique
    await call(sandbox.url, '/__sandbox/state/crm/Account', 'admin', {
      body: { Name: 'Contoso twin', Tax_Id__c: 'US-84-1234567' },
    });
    const ambiguous = await crm<string[]>('/sobjects/Account/Tax_Id__c/US-84-1234567');
    expect(ambiguous.status).toBe(300);
    expect(ambiguous.body).toHaveLength(2);
    expect(
      (await crm('/sobjects/Account/Name/Contoso', { method: 'PATCH', body: {} })).status,
    ).toBe(404);
  });

  it('runs /composite as one call, with references, and all-or-none rollback', async () => {
    const usage = () => crm<Body>('/limits').then((a) => a.headers.get('sforce-limit-info'));
    const before = await usage();
    const answer = await crm<{ compositeResponse: Body[] }>('/composite', {
      body: {
        compositeRequest: [
          {
            method: 'POST',
            url: `/services/data/v60.0/sobjects/Account/`,
            referenceId: 'acct',
            body: { Name: 'Composite Co' },
          },
          {
            method: 'POST',
            url: '/services/data/v60.0/sobjects/Opportunity/',
            referenceId: 'opp',
            body: {
              Name: 'Composite deal',
              StageName: 'Proposal',
              CloseDate: '2026-12-01',
              AccountId: '@{acct.id}',
            },
          },
          {
            method: 'GET',
            url: '/services/data/v60.0/sobjects/Opportunity/@{opp.id}',
            referenceId: 'read',
          },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.compositeResponse.map((r) => r.httpStatusCode)).toEqual([201, 201, 200]);
    const read = answer.body.compositeResponse[2].body as Body;
    expect(read.AccountId).toBe((answer.body.compositeResponse[0].body as Body).id);
    const after = await usage();
    // the composite and the /limits read count one each
    expect(
      Number(after!.split('=')[1].split('/')[0]) - Number(before!.split('=')[1].split('/')[0]),
    ).toBe(2);

    const rolledBack = await crm<{ compositeResponse: Body[] }>('/composite', {
      body: {
        allOrNone: true,
        compositeRequest: [
          {
            method: 'POST',
            url: '/services/data/v60.0/sobjects/Account/',
            referenceId: 'ok',
            body: { Name: 'Never kept' },
          },
          {
            method: 'POST',
            url: '/services/data/v60.0/sobjects/Account/',
            referenceId: 'bad',
            body: { Colour: 'red' },
          },
        ],
      },
    });
    expect(rolledBack.body.compositeResponse.map((r) => r.httpStatusCode)).toEqual([400, 400]);
    expect((rolledBack.body.compositeResponse[0].body as Body[])[0].errorCode).toBe(
      'PROCESSING_HALTED',
    );
    expect((await query("SELECT Id FROM Account WHERE Name = 'Never kept'")).body.totalSize).toBe(
      0,
    );
  });

  it('shows Sforce-Limit-Info on every answer and refuses with 403 once the daily quota is spent', async () => {
    const limits = await crm<Body>('/limits');
    expect(limits.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/15000$/);
    await call(sandbox.url, '/__sandbox/state/crm/limits/DailyApiRequests', 'admin', {
      method: 'PATCH',
      body: { Max: 100, Remaining: 2 },
    });
    expect((await crm('/limits')).status).toBe(200);
    expect((await crm('/limits')).status).toBe(200);
    const refused = await crm('/limits');
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual([
      { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
    ]);
    expect(refused.headers.get('sforce-limit-info')).toBe('api-usage=100/100');
    const unauthorized = await call(sandbox.url, `${API}/limits`, 'crm', { token: 'wrong' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('sforce-limit-info')).toBe('api-usage=100/100');
  });
});
