import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { pricedEntryAt } from '@p2c/apps/process-time/src/testing/priced-staff';
import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { postingVerdict, verdictLine } from '@p2c/apps/process-time/src/testing/posting-verdict';
import { runDrill } from './drills/run-drill';

/** The short forms of the fault drills (`npm run drill` runs them over 20,000 entries). */
describe('fault drills over 2,000 entries', () => {
  it.each(['kill-worker', 'redis-flush', 'duplicate-events'])(
    '%s ends exact: every entry posted once, sums to the cent',
    async (drill) => {
      const result = await runDrill(drill, 2_000, () => undefined, 420_000);
      expect(verdictLine(result.verdict)).toBe('exact');
    },
    480_000,
  );
});

describe('the drills’ verdict, read from the ERP', () => {
  let bed: TimeTestBed;

  beforeAll(async () => {
    bed = await TimeTestBed.start();
  }, 180_000);

  afterAll(async () => {
    await bed?.close();
  });

  it('names an approved entry the ERP does not hold, and the project it leaves short', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => pricedEntryAt(i));
    const ids = await bed.logTime(entries.map(({ role: _role, ...entry }) => entry));
    await bed.approve(ids);
    await bed.get(SweepApprovedUseCase).execute();
    await bed.settled(ids);
    const approved = ids.map((id, i) => ({ id, entry: entries[i] }));
    expect((await postingVerdict(bed, approved)).exact).toBe(true);

    const lost = (await bed.erpRecords('timeBill')).find(
      (bill) => bill.externalId === `psa-time-${ids[3]}`,
    )!;
    await bed.admin(`/state/erp/timeBill/${lost.id}`, { method: 'DELETE' });
    const verdict = await postingVerdict(bed, approved);
    expect(verdict.exact).toBe(false);
    expect(verdict.missing).toEqual([ids[3]]);
    expect(verdict.wrongSums.map((sum) => sum.project)).toEqual([`PRJ-${entries[3].opportunity}`]);
    expect(verdictLine(verdict)).toContain(`1 missing (${ids[3]})`);
  }, 120_000);
});
