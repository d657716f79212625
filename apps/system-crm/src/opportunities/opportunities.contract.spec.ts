import request from 'supertest';
import { OpportunityDto } from '@p2c/canonical';
import { Role } from '@p2c/security';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { RunningSandbox, startSandbox } from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { CrmTestApp, startCrmTestApp } from '../testing/crm-test-app';

const CHANGES = '/opportunities/closed-won/changes';
const STAGES = '/opportunities/changes';
const NORTHWIND_WON = [
  '006NW000101',
  '006NW000102',
  '006NW000103',
  '006NW000104',
  '006NW000105',
  '006NW000106',
  '006NW000107',
];

describe('system-crm opportunities against the sandbox CRM', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let crm: CrmTestApp;

  const start = () => startCrmTestApp(sandbox.url, database.url);

  /** Every closed-won deal after the consumer's checkpoint, following nextCursor. */
  async function readAll(query: string): Promise<{ items: OpportunityDto[]; cursor?: string }> {
    const items: OpportunityDto[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await crm.get(`${CHANGES}?${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
      if (!page.body.hasMore) return { items, cursor };
    }
  }

  beforeAll(async () => {
    [sandbox, database] = await Promise.all([startSandbox(), createTestDatabase()]);
    crm = await start();
  });

  afterAll(async () => {
    await crm?.close();
    await sandbox?.close();
    await database?.drop();
  });

  it('answers only callers with a service or admin token', async () => {
    const server = crm.app.getHttpServer();
    const anonymous = await request(server).get(CHANGES);
    expect(anonymous.status).toBe(401);
    const delivery = await request(server)
      .get(CHANGES)
      .set('Authorization', `Bearer ${crm.token([Role.Delivery])}`);
    expect(delivery.status).toBe(403);
    const admin = await request(server)
      .get(CHANGES)
      .set('Authorization', `Bearer ${crm.token([Role.Admin])}`);
    expect(admin.status).toBe(200);
  });

  it('gives the closed-won deals in canonical form, with milestones and planned assignments', async () => {
    const page = await crm.get(`${CHANGES}?limit=100`);
    expect(page.status).toBe(200);
    expect(page.body.hasMore).toBe(false);
    const deals: OpportunityDto[] = page.body.items;
    expect(deals.map((deal) => deal.crmId).sort()).toEqual(NORTHWIND_WON);
    const fabrikam = deals.find((deal) => deal.crmId === '006NW000102');
    expect(fabrikam).toMatchObject({
      id: expect.stringMatching(/^opp_/),
      customer: expect.stringMatching(/^cus_/),
      isWon: true,
      amount: { amount: '350000.00', currency: 'USD' },
      billingModel: 'MILESTONE',
      legalEntity: 'NWA-US',
      costCenter: 'US-TECH',
      rateCard: 'RC-STD-USD',
      startDate: '2026-10-13',
      endDate: '2027-03-31',
      issues: [],
    });
    expect(fabrikam?.milestones.map((m) => [m.name, m.amount?.amount, m.dueDate])).toEqual([
      ['Discovery sign-off', '70000.00', '2026-11-06'],
      ['Platform MVP', '140000.00', '2027-01-15'],
      ['Go-live', '140000.00', '2027-03-31'],
    ]);
    expect(fabrikam?.assignments.map((a) => [a.worker, a.role, a.hoursPerWeek])).toEqual([
      ['E1005', 'MANAGER', 24],
      ['E1006', 'SENIOR', 40],
      ['E1007', 'CONSULTANT', 40],
      ['E1008', 'ANALYST', 40],
    ]);
    // the same deal has the same canonical id on every read
    const again = await crm.get(`${CHANGES}?limit=100`);
    expect(again.body.items.map((deal: OpportunityDto) => deal.id)).toEqual(
      deals.map((deal) => deal.id),
    );
  });

  it('pages by cursor without skipping or repeating deals changed in the same millisecond', async () => {
    const whole = (await crm.get(`${CHANGES}?limit=100`)).body.items as OpportunityDto[];
    // the sandbox seeds its deals within a few milliseconds: several share a LastModifiedDate
    expect(new Set(whole.map((deal) => deal.lastModifiedAt)).size).toBeLessThan(whole.length);
    const paged = await readAll('limit=3');
    expect(paged.items.map((deal) => deal.crmId)).toEqual(whole.map((deal) => deal.crmId));
  });

  it('resumes a consumer from its checkpoint after a restart, and never moves a checkpoint back', async () => {
    const first = await crm.get(`${CHANGES}?consumer=onboarding&limit=4`);
    expect(first.body.items).toHaveLength(4);
    expect(first.body.hasMore).toBe(true);
    const saved = await crm.put('/checkpoints/closed-won-opportunities/onboarding', {
      cursor: first.body.nextCursor,
    });
    expect(saved.status).toBeLessThan(300);
    expect(saved.body).toMatchObject({ feed: 'closed-won-opportunities', consumer: 'onboarding' });

    await crm.close();
    crm = await start();

    const rest = await readAll('consumer=onboarding&limit=100');
    const seen = [...first.body.items, ...rest.items].map((deal: OpportunityDto) => deal.crmId);
    expect(seen.sort()).toEqual(NORTHWIND_WON);
    await crm.put('/checkpoints/closed-won-opportunities/onboarding', { cursor: rest.cursor });

    const stale = await crm.put('/checkpoints/closed-won-opportunities/onboarding', {
      cursor: first.body.nextCursor,
    });
    expect(stale.body.cursor).toBe(rest.cursor);
    const nothingNew = await crm.get(`${CHANGES}?consumer=onboarding`);
    expect(nothingNew.body).toEqual({ items: [], nextCursor: rest.cursor, hasMore: false });

    const replayer = '/checkpoints/closed-won-opportunities/replayer';
    expect((await crm.get(replayer)).body.code).toBe('NOT_FOUND');
    await crm.put(replayer, { cursor: rest.cursor }).expect(200);
    expect((await crm.get(replayer)).body.cursor).toBe(rest.cursor);
    await request(crm.app.getHttpServer())
      .delete(replayer)
      .set('Authorization', `Bearer ${crm.token()}`)
      .expect(204);
    const replayed = await crm.get(`${CHANGES}?consumer=replayer&limit=100`);
    expect(replayed.body.items).toHaveLength(NORTHWIND_WON.length);
  });

  it('gives the deals at the stages asked for, from the consumer\u2019s own checkpoint of that feed', async () => {
    const late = await crm.get(`${STAGES}?stage=Negotiation&stage=Proposal&consumer=forecast`);
    expect(late.status).toBe(200);
    expect(late.body.items.map((deal: OpportunityDto) => [deal.crmId, deal.stage])).toEqual([
      ['006NW000108', 'Negotiation'],
      ['006NW000109', 'Proposal'],
    ]);
    const one = await crm.get(`${STAGES}?stage=Negotiation`);
    expect(one.body.items.map((deal: OpportunityDto) => deal.crmId)).toEqual(['006NW000108']);
    const saved = await crm.put('/checkpoints/opportunity-stages/forecast', {
      cursor: late.body.nextCursor,
    });
    expect(saved.status).toBeLessThan(300);
    const after = await crm.get(`${STAGES}?stage=Negotiation&stage=Proposal&consumer=forecast`);
    expect(after.body).toMatchObject({ items: [], hasMore: false });
    const none = await crm.get(`${STAGES}?stage=${encodeURIComponent('Closed Lost')}`);
    expect(none.body.items).toEqual([]);

    const missing = await crm.get(STAGES);
    expect(missing.status).toBe(400);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.code).toBe('VALIDATION_FAILED');
    const injected = await crm.get(`${STAGES}?stage=${encodeURIComponent("Won' OR Name != '")}`);
    expect(injected.status).toBe(400);
  });

  it('shows a deal closed in the CRM in the consumer\u2019s next changes', async () => {
    const closed = await request(sandbox.url).post(
      '/__sandbox/crm/opportunities/006NW000108/close-won',
    );
    expect(closed.status).toBe(200);
    const next = await crm.get(`${CHANGES}?consumer=onboarding`);
    expect(next.body.items.map((deal: OpportunityDto) => deal.crmId)).toEqual(['006NW000108']);
    expect(next.body.items[0]).toMatchObject({ stage: 'Closed Won', isWon: true });
  });

  it('finds a deal by canonical id and by CRM id, and answers NOT_FOUND for others', async () => {
    const byCrmId = await crm.get('/opportunities/crm/006NW000101');
    expect(byCrmId.status).toBe(200);
    expect(byCrmId.body.assignments).toHaveLength(4);
    const byId = await crm.get(`/opportunities/${byCrmId.body.id}`);
    expect(byId.body).toEqual(byCrmId.body);

    const unknown = await crm.get('/opportunities/opp_unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.code).toBe('NOT_FOUND');
    expect((await crm.get('/opportunities/crm/006NW000999')).body.code).toBe('NOT_FOUND');
  });

  it('refuses bad input before calling the CRM', async () => {
    expect((await crm.get(`${CHANGES}?limit=0`)).status).toBe(400);
    expect((await crm.get(`${CHANGES}?consumer=${encodeURIComponent('a b')}`)).status).toBe(400);
    const badCursor = await crm.get(`${CHANGES}?cursor=garbage`);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.code).toBe('INVALID_CURSOR');
    expect((await crm.get("/opportunities/crm/006' OR Id != '")).status).toBe(400);
    const badSave = await crm.put('/checkpoints/closed-won-opportunities/onboarding', {
      cursor: 'garbage',
    });
    expect(badSave.body.code).toBe('INVALID_CURSOR');
    const unknownFeed = await crm.put('/checkpoints/won-opportunities/onboarding', { cursor: 'x' });
    expect(unknownFeed.body.code).toBe('VALIDATION_FAILED');
    const unknownField = await crm.put('/checkpoints/closed-won-opportunities/onboarding', {
      cursor: 'garbage',
      at: 'end',
    });
    expect(unknownField.body.code).toBe('VALIDATION_FAILED');
  });
});
