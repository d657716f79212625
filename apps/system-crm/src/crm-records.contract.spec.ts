import request from 'supertest';
import { ChangeOrderDto, ContractDto, CustomerAccountDto, OpportunityDto } from '@p2c/canonical';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { CrmTestApp, startCrmTestApp } from './testing/crm-test-app';

describe('system-crm customers, contracts and change orders against the sandbox CRM', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let crm: CrmTestApp;

  /** What a salesperson does in the CRM, through its REST API. */
  const inCrm = (method: 'post' | 'patch', path: string, body: object) => {
    const url = `/crm/services/data/v60.0/sobjects/${path}`;
    const call =
      method === 'post' ? request(sandbox.url).post(url) : request(sandbox.url).patch(url);
    return call.set('Authorization', 'Bearer crm-dev-token').send(body);
  };
  const fabrikamDeal = async (): Promise<OpportunityDto> =>
    (await crm.get('/opportunities/crm/006NW000102')).body;

  beforeAll(async () => {
    [sandbox, database] = await Promise.all([startSandbox(), createTestDatabase()]);
    crm = await startCrmTestApp(sandbox.url, database.url);
  });

  afterAll(async () => {
    await crm?.close();
    await sandbox?.close();
    await database?.drop();
  });

  it('gives the CRM\u2019s accounts as customers, with the canonical ids their deals refer to', async () => {
    const page = await crm.get('/customers/changes?consumer=crm-test');
    expect(page.status).toBe(200);
    const customers: CustomerAccountDto[] = page.body.items;
    expect(customers).toHaveLength(8);
    const contoso = customers.find((customer) => customer.crmId === '001NW000001');
    expect(contoso).toMatchObject({
      id: expect.stringMatching(/^cus_/),
      name: 'Contoso Pharmaceuticals Inc.',
      taxId: 'US-84-1234567',
      billingCountry: 'US',
      partner: 'PARTNER-ALPHA',
    });
    const columbia = customers.find((customer) => customer.crmId === '001NW000007');
    expect(columbia?.taxId).toBeUndefined();
    const deal = (await crm.get('/opportunities/crm/006NW000101')).body as OpportunityDto;
    expect(deal.customer).toBe(contoso?.id);
    expect((await crm.get(`/customers/${contoso?.id}`)).body).toEqual(contoso);

    await crm.put('/checkpoints/customers/crm-test', { cursor: page.body.nextCursor });
    await request(sandbox.url)
      .patch('/__sandbox/state/crm/Account/001NW000007')
      .send({ Tax_Id__c: 'US-55-0000001' })
      .expect(200);
    const next = await crm.get('/customers/changes?consumer=crm-test');
    expect(next.body.items).toEqual([
      expect.objectContaining({ id: columbia?.id, taxId: 'US-55-0000001' }),
    ]);
  });

  it('gives contracts with their customer, deal and end date', async () => {
    const created = await inCrm('post', 'Contract/', {
      AccountId: '001NW000002',
      Opportunity__c: '006NW000102',
      Status: 'Activated',
      StartDate: '2026-10-13',
      ContractTerm: 6,
    });
    expect(created.status).toBe(201);
    const page = await crm.get('/contracts/changes');
    const contracts: ContractDto[] = page.body.items;
    expect(contracts).toHaveLength(1);
    const fabrikam = (await crm.get('/customers/crm/001NW000002')).body as CustomerAccountDto;
    expect(contracts[0]).toMatchObject({
      id: expect.stringMatching(/^ctr_/),
      crmId: created.body.id,
      customer: fabrikam.id,
      opportunity: (await fabrikamDeal()).id,
      status: 'Activated',
      startDate: '2026-10-13',
      termMonths: 6,
      endDate: '2027-04-12',
    });
    expect((await crm.get(`/contracts/${contracts[0].id}`)).body).toEqual(contracts[0]);
    expect((await crm.get(`/contracts/crm/${created.body.id}`)).body).toEqual(contracts[0]);
  });

  it('gives approved change orders with the deal\u2019s amount, end date and milestones after the change', async () => {
    const draft = await inCrm('post', 'Change_Order__c/', {
      Name: 'CO-1: two more warehouses',
      Opportunity__c: '006NW000102',
      Status__c: 'Draft',
      Amount__c: 70000,
      Hours__c: 400,
      Description__c: 'Migrate the Leeds and Lyon warehouses too.',
    });
    expect(draft.status).toBe(201);
    expect((await crm.get('/change-orders/changes')).body.items).toEqual([]);
    const pending = await crm.get(`/change-orders/crm/${draft.body.id}`);
    expect(pending.body.status).toBe('PENDING');

    // approval, as sales records it: the deal's terms change with it
    await inCrm('patch', 'Opportunity/006NW000102', {
      Amount: 420000,
      End_Date__c: '2027-05-31',
    }).expect(204);
    await inCrm('post', 'Milestone__c/', {
      Name: 'Extra warehouses live',
      Opportunity__c: '006NW000102',
      Amount__c: 70000,
      Due_Date__c: '2027-05-31',
    }).expect(201);
    await inCrm('patch', `Change_Order__c/${draft.body.id}`, {
      Status__c: 'Approved',
      Approved_Date__c: '2026-11-20',
    }).expect(204);

    const approved = await crm.get('/change-orders/changes');
    const changeOrders: ChangeOrderDto[] = approved.body.items;
    expect(changeOrders).toHaveLength(1);
    expect(changeOrders[0]).toMatchObject({
      id: pending.body.id,
      opportunity: (await fabrikamDeal()).id,
      status: 'APPROVED',
      amountChange: { amount: '70000.00', currency: 'USD' },
      hoursChange: 400,
      approvedOn: '2026-11-20',
      amount: { amount: '420000.00', currency: 'USD' },
      endDate: '2027-05-31',
      issues: [],
    });
    expect(changeOrders[0].milestones.map((milestone) => milestone.name)).toEqual([
      'Discovery sign-off',
      'Platform MVP',
      'Go-live',
      'Extra warehouses live',
    ]);
    expect(changeOrders[0].milestones.map((m) => m.id)).toEqual(
      (await fabrikamDeal()).milestones.map((m) => m.id),
    );
  });
});
