import request from 'supertest';
import { OpportunityDto } from '@p2c/canonical';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import {
  RunningSandbox,
  quietNorthwind,
  startSandbox,
} from '@p2c/vendor-sandbox/testing/sandbox-test-app';
import { CrmTestApp, startCrmTestApp } from '../testing/crm-test-app';

const EXTRA_DEALS = 2500;
const WITH_TEAMS = 300;
const TEAM = 8;

/** Northwind and 2,500 more won deals, the first 300 with a team of 8 (2,400 assignments). */
function bigWorld() {
  const world = quietNorthwind();
  const template = world.opportunities.find((o) => o.crmId === '006NW000101');
  if (!template) throw new Error('Northwind has changed');
  for (let n = 0; n < EXTRA_DEALS; n++)
    world.opportunities.push({
      ...template,
      crmId: `006PG${String(n).padStart(6, '0')}`,
      name: `Paging deal ${n}`,
      milestones: [],
      assignments:
        n < WITH_TEAMS ? Array.from({ length: TEAM }, () => template.assignments![0]) : [],
    });
  return world;
}

describe('system-crm reading many CRM pages', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  let crm: CrmTestApp;

  const apiRequestsUsed = async () => {
    const limit = await request(sandbox.url).get('/__sandbox/state/crm/limits/DailyApiRequests');
    return Number(limit.body.Max) - Number(limit.body.Remaining);
  };

  async function readFeed(limit: number) {
    const deals: OpportunityDto[] = [];
    const calls: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const before = await apiRequestsUsed();
      const page = await crm.get(
        `/opportunities/closed-won/changes?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      calls.push((await apiRequestsUsed()) - before);
      deals.push(...page.body.items);
      cursor = page.body.nextCursor;
      if (!page.body.hasMore) return { deals, calls };
    }
  }

  beforeAll(async () => {
    [sandbox, database] = await Promise.all([startSandbox(bigWorld()), createTestDatabase()]);
  }, 60_000);

  afterEach(async () => {
    await crm?.close();
  });

  afterAll(async () => {
    await sandbox?.close();
    await database?.drop();
  });

  it('follows the CRM\u2019s pages of 2,000 and reads every deal exactly once, in change order', async () => {
    crm = await startCrmTestApp(sandbox.url, database.url);
    const { deals, calls } = await readFeed(2000);
    expect(deals).toHaveLength(EXTRA_DEALS + 7);
    expect(new Set(deals.map((deal) => deal.crmId)).size).toBe(EXTRA_DEALS + 7);
    const order = deals.map((deal) => [deal.lastModifiedAt, deal.crmId].join(' '));
    expect(order).toEqual([...order].sort());
    // page 1: 2,001 deals asked = 2 CRM pages; 1 /composite for milestones and teams, whose
    // 2,400 assignments of the first 300 deals come in 2 pages; page 2: 1 CRM page, 1 /composite
    expect(calls).toEqual([4, 2]);
    const teams = deals.filter((deal) => deal.crmId.startsWith('006PG')).slice(0, WITH_TEAMS);
    expect(teams.every((deal) => deal.assignments.length === TEAM)).toBe(true);
  }, 60_000);

  it('follows smaller CRM pages when the batch size is lowered', async () => {
    crm = await startCrmTestApp(sandbox.url, database.url, { CRM_QUERY_BATCH_SIZE: '200' });
    const { deals, calls } = await readFeed(1000);
    expect(deals).toHaveLength(EXTRA_DEALS + 7);
    // 1,001 deals asked per page = 6 CRM pages of 200, plus one /composite (on the first page
    // with a second page of its 2,400 assignments)
    expect(calls).toEqual([8, 7, 4]);
  }, 60_000);
});
