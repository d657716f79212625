import request from 'supertest';
import { ContractDto, OpportunityDto } from '@p2c/canonical';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { CrmTestApp, startCrmTestApp } from '../testing/crm-test-app';

describe('a deal\u2019s contracts and their not-to-exceed amounts, against the sandbox CRM', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let crm: CrmTestApp;
  let contoso: OpportunityDto;
  const crmIds: Record<string, string> = {};

  /** A contract as a person keys it into the CRM's screens. */
  const keyIn = async (name: string, fields: object) => {
    const created = await request(sandbox.url)
      .post('/__sandbox/state/crm/Contract')
      .send({ AccountId: '001NW000001', Status: 'Activated', ContractTerm: 12, ...fields })
      .expect(201);
    crmIds[name] = created.body.Id;
  };
  const apiRequestsUsed = async () => {
    const limit = await request(sandbox.url).get('/__sandbox/state/crm/limits/DailyApiRequests');
    return Number(limit.body.Max) - Number(limit.body.Remaining);
  };

  beforeAll(async () => {
    [sandbox, database] = await Promise.all([startSandbox(), createTestDatabase()]);
    crm = await startCrmTestApp(sandbox.url, database.url);
    contoso = (await crm.get('/opportunities/crm/006NW000101')).body;
    // entered out of order: the renewal first
    await keyIn('renewal', {
      Opportunity__c: '006NW000101',
      StartDate: '2027-10-01',
      CurrencyIsoCode: 'USD',
      Not_To_Exceed__c: 150000,
    });
    await keyIn('original', {
      Opportunity__c: '006NW000101',
      StartDate: '2026-10-01',
      CurrencyIsoCode: 'USD',
      Not_To_Exceed__c: 385000.5,
    });
    await keyIn('draft', { Opportunity__c: '006NW000101', Status: 'Draft', StartDate: null });
    await keyIn('fabrikam', {
      AccountId: '001NW000002',
      Opportunity__c: '006NW000102',
      StartDate: '2026-10-13',
      CurrencyIsoCode: 'USD',
      Not_To_Exceed__c: 350000,
    });
  });

  afterAll(async () => {
    await crm?.close();
    await sandbox?.close();
    await database?.drop();
  });

  it('lists the deal\u2019s contracts by its canonical id, earliest start first, in one CRM call', async () => {
    const before = await apiRequestsUsed();
    const answer = await crm.get(`/contracts?opportunity=${contoso.id}`);
    expect((await apiRequestsUsed()) - before).toBe(1);
    expect(answer.status).toBe(200);
    const contracts: ContractDto[] = answer.body.items;
    expect(contracts.map((contract) => contract.crmId)).toEqual([
      crmIds.original,
      crmIds.renewal,
      crmIds.draft,
    ]);
    expect(contracts[0]).toEqual({
      id: expect.stringMatching(/^ctr_/),
      crmId: crmIds.original,
      customer: contoso.customer,
      opportunity: contoso.id,
      status: 'Activated',
      startDate: '2026-10-01',
      termMonths: 12,
      endDate: '2027-09-30',
      notToExceed: { amount: '385000.50', currency: 'USD' },
      lastModifiedAt: expect.any(String),
      issues: [],
    });
    expect(contracts[1].notToExceed).toEqual({ amount: '150000.00', currency: 'USD' });
    expect(contracts[2]).toMatchObject({ status: 'Draft', issues: [] });
    expect(contracts[2].notToExceed).toBeUndefined();
    expect((await crm.get(`/contracts/${contracts[0].id}`)).body).toEqual(contracts[0]);
  });

  it('lists the same contracts by the deal\u2019s CRM id', async () => {
    const byCanonical = await crm.get(`/contracts?opportunity=${contoso.id}`);
    const byCrmId = await crm.get('/contracts?opportunity=006NW000101');
    expect(byCrmId.status).toBe(200);
    expect(byCrmId.body).toEqual(byCanonical.body);
  });

  it('answers no items for a deal without contracts, 404 for a canonical id it never issued', async () => {
    expect((await crm.get('/contracts?opportunity=006NW000109')).body).toEqual({ items: [] });
    const unknown = await crm.get('/contracts?opportunity=opp_0000000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a malformed or missing opportunity', async () => {
    for (const query of ['?opportunity=006NW000101%27%20OR%20Id%20!%3D%20%27', '?opportunity=', ''])
      expect((await crm.get(`/contracts${query}`)).status).toBe(400);
  });

  it('follows a cap changed in the CRM, and names a cap it cannot read', async () => {
    await request(sandbox.url)
      .patch(`/__sandbox/state/crm/Contract/${crmIds.fabrikam}`)
      .send({ Not_To_Exceed__c: 420000 })
      .expect(200);
    const [raised] = (await crm.get('/contracts?opportunity=006NW000102')).body.items;
    expect(raised.notToExceed).toEqual({ amount: '420000.00', currency: 'USD' });

    await request(sandbox.url)
      .patch(`/__sandbox/state/crm/Contract/${crmIds.fabrikam}`)
      .send({ CurrencyIsoCode: null })
      .expect(200);
    const [unreadable] = (await crm.get('/contracts?opportunity=006NW000102')).body.items;
    expect(unreadable.notToExceed).toBeUndefined();
    expect(unreadable.issues).toEqual(['CurrencyIsoCode is empty: amounts have no currency.']);
  });

  it('carries the not-to-exceed amount on the contracts feed too', async () => {
    const feed: ContractDto[] = (await crm.get('/contracts/changes')).body.items;
    expect(feed.find((contract) => contract.crmId === crmIds.original)?.notToExceed).toEqual({
      amount: '385000.50',
      currency: 'USD',
    });
  });
});
