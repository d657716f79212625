import { WorkerDto } from '@p2c/canonical';
import { WorkerSnapshot, costRateOn } from './worker-snapshot';

const worker = (id: string, costRates: WorkerDto['costRates'] = []): WorkerDto => ({
  id,
  name: id,
  active: true,
  costRates,
});

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('WorkerSnapshot', () => {
  const snapshot = new WorkerSnapshot(['E1', 'E2', 'E3', 'E5'].map((id) => worker(id)));

  it('pages by id after the last one handed out', () => {
    expect(snapshot.pageAfter(undefined, 2)).toMatchObject({ more: true });
    expect(snapshot.pageAfter(undefined, 2).items.map((w) => w.id)).toEqual(['E1', 'E2']);
    expect(snapshot.pageAfter('E2', 2).items.map((w) => w.id)).toEqual(['E3', 'E5']);
    expect(snapshot.pageAfter('E2', 2).more).toBe(false);
  });

  it('continues after a worker that has gone since the cursor was handed out', () => {
    expect(snapshot.pageAfter('E4', 10).items.map((w) => w.id)).toEqual(['E5']);
    expect(snapshot.pageAfter('E9', 10)).toEqual({ items: [], more: false });
  });
});

describe('costRateOn', () => {
  const rates = worker('E1', [
    { rate: usd('100.00'), effectiveFrom: '2026-01-01', effectiveTo: '2026-09-30' },
    { rate: usd('104.00'), effectiveFrom: '2026-10-01' },
  ]);

  it('picks the rate whose period holds the date, both ends inclusive', () => {
    expect(costRateOn(rates, '2026-09-30')?.rate).toEqual(usd('100.00'));
    expect(costRateOn(rates, '2026-10-01')?.rate).toEqual(usd('104.00'));
    expect(costRateOn(rates, '2030-01-01')?.rate).toEqual(usd('104.00'));
  });

  it('has none before the first rate', () => {
    expect(costRateOn(rates, '2025-12-31')).toBeUndefined();
  });

  it('lets the rate that took effect last win where the HCM’s rows overlap', () => {
    const overlapping = worker('E1', [
      { rate: usd('100.00'), effectiveFrom: '2026-01-01' },
      { rate: usd('120.00'), effectiveFrom: '2026-06-01', effectiveTo: '2026-06-30' },
    ]);
    expect(costRateOn(overlapping, '2026-06-15')?.rate).toEqual(usd('120.00'));
    expect(costRateOn(overlapping, '2026-07-01')?.rate).toEqual(usd('100.00'));
  });
});
