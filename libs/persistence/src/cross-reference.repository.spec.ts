import { DataSource } from 'typeorm';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import {
  CrossReferenceConflictError,
  CrossReferenceRepository,
} from './cross-reference.repository';
import { dataSourceOptions } from './data-source-options';

describe('CrossReferenceRepository', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let crossReferences: CrossReferenceRepository;
  const customer = { entityType: 'customer', canonicalId: 'cus-1', system: 'erp' as const };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('system-erp', database.urlFor('system-erp')),
    ).initialize();
    crossReferences = new CrossReferenceRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('maps both ways once linked, and linking the same pair again changes nothing', async () => {
    expect(await crossReferences.externalId(customer)).toBeUndefined();
    await crossReferences.link(customer, '1042');
    await crossReferences.link(customer, '1042');
    expect(await crossReferences.externalId(customer)).toBe('1042');
    expect(await crossReferences.canonicalId('erp', 'customer', '1042')).toBe('cus-1');
    const rows = await dataSource.query(`SELECT count(*)::int AS n FROM cross_references`);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a second vendor record for one canonical entity, and a vendor record for two', async () => {
    await expect(crossReferences.link(customer, '2000')).rejects.toThrow(
      CrossReferenceConflictError,
    );
    await expect(
      crossReferences.link({ ...customer, canonicalId: 'cus-2' }, '1042'),
    ).rejects.toThrow(/cus-1 is mapped to erp 1042/);
  });

  it('links concurrently without twins', async () => {
    const project = { entityType: 'project', canonicalId: 'prj-1', system: 'psa' as const };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => crossReferences.link(project, '77')),
    );
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await crossReferences.externalId(project)).toBe('77');
  });

  it('links many at once, answering only the mappings that clash', async () => {
    const conflicts = await crossReferences.linkAll('erp', 'customer', [
      { canonicalId: 'cus-1', externalId: '1042' },
      { canonicalId: 'cus-3', externalId: '1043' },
      { canonicalId: 'cus-1', externalId: '3000' },
      { canonicalId: 'cus-4', externalId: '1042' },
    ]);
    expect([...conflicts.keys()].sort()).toEqual(['cus-1', 'cus-4']);
    expect(conflicts.get('cus-4')?.message).toMatch(/cus-1 is mapped to erp 1042/);
    expect(await crossReferences.externalId({ ...customer, canonicalId: 'cus-3' })).toBe('1043');
    expect(await crossReferences.externalId({ ...customer, canonicalId: 'cus-4' })).toBeUndefined();
  });
});
