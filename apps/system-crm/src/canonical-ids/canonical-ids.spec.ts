import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { CanonicalIds } from './canonical-ids';

describe('CanonicalIds', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let ids: CanonicalIds;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('system-crm', database.urlFor('system-crm'), 'canonical-ids-spec'),
    ).initialize();
    ids = new CanonicalIds(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('issues an id per CRM record once, and the same one on every later meeting', async () => {
    const first = await ids.ofCrmIds('opportunity', ['006A', '006B', '006A']);
    expect([...first.keys()].sort()).toEqual(['006A', '006B']);
    expect(first.get('006A')).toMatch(/^opp_[0-9a-f]{32}$/);
    expect(first.get('006A')).not.toBe(first.get('006B'));
    const again = await ids.ofCrmIds('opportunity', ['006B', '006A']);
    expect(again).toEqual(first);
    expect(await ids.crmIdOf('opportunity', first.get('006B')!)).toBe('006B');
    expect(await ids.crmIdOf('customer', first.get('006B')!)).toBeUndefined();
  });

  it('agrees on one id when many requests meet the same records at once', async () => {
    const crmIds = Array.from({ length: 50 }, (_, n) => `001C${n}`);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => ids.ofCrmIds('customer', crmIds)),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM cross_references WHERE entity_type = 'customer'`,
    );
    expect(count).toBe(50);
  });
});
