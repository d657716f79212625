import { TimeTestBed } from '../testing/time-test-bed';
import { projectOf } from '../testing/northwind-projects';
import { PricingReferences } from './pricing-references';

interface VendorUsage {
  system: string;
  admitted: number;
}

/** Entries priced at once (a month-end job of a hundred) over references not cached yet. */
describe('PricingReferences', () => {
  let bed: TimeTestBed;
  let references: PricingReferences;

  beforeAll(async () => {
    bed = await TimeTestBed.start();
    references = bed.get(PricingReferences);
  }, 180_000);

  afterAll(async () => {
    await bed?.close();
  });

  const vendorCalls = async (system: string): Promise<number> =>
    (await bed.admin<VendorUsage[]>('/usage')).find((usage) => usage.system === system)!.admitted;

  it('reads what many entries need at once from the vendors once, not once per entry', async () => {
    await bed.admin('/usage', { method: 'DELETE' });
    const project = projectOf('006NW000101');
    const [projects, costRates] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, () => references.erpProject(project, false))),
      Promise.all(
        Array.from({ length: 20 }, () => references.costRate('E1001', '2026-11-03', false)),
      ),
    ]);
    expect(projects.map((found) => found?.status)).toEqual(Array(20).fill('ACTIVE'));
    expect(costRates.every((rate) => rate?.costRate !== undefined)).toBe(true);
    expect(await vendorCalls('erp')).toBe(1);
  });

  it('reads again for a fresh read, whatever is cached or under way', async () => {
    const project = projectOf('006NW000102');
    await references.erpProject(project, false);
    await bed.admin('/usage', { method: 'DELETE' });
    await Promise.all([
      references.erpProject(project, false),
      references.erpProject(project, true),
    ]);
    expect(await vendorCalls('erp')).toBe(1);
    await references.erpProject(project, true);
    expect(await vendorCalls('erp')).toBe(2);
  });
});
