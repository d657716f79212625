import type { CostRateReportEntry, HcmWorkerRecord } from './hcm-records';
import { toCanonicalWorkers } from './to-canonical-workers';

const record = (
  workerId: string | undefined,
  descriptor = `Worker ${workerId}`,
): HcmWorkerRecord => ({
  id: `wid-${workerId ?? 'none'}`,
  descriptor,
  workerId,
});

const row = (overrides: Partial<CostRateReportEntry>): CostRateReportEntry => ({
  Employee_ID: 'E1',
  Cost_Rate: '100.00',
  Currency: 'USD',
  Effective_From: '2026-01-01',
  Active: '1',
  Company: 'NWA-US',
  Cost_Center: 'US-TECH',
  Job_Profile: 'SENIOR',
  ...overrides,
});

describe('toCanonicalWorkers', () => {
  it('joins workers with their report rows on the employee id, rates oldest first', () => {
    const { workers, problems } = toCanonicalWorkers(
      [record('E2'), record('E1', 'Ann Lee')],
      [
        row({ Cost_Rate: 104, Effective_From: '2026-10-01' }),
        row({ Effective_To: '2026-09-30' }),
        row({ Employee_ID: 'E2', Cost_Rate: '50', Currency: 'JPY', Company: 'NWA-JP' }),
      ],
    );
    expect(problems).toEqual([]);
    expect(workers.map((worker) => worker.id)).toEqual(['E1', 'E2']);
    expect(workers[0]).toEqual({
      id: 'E1',
      name: 'Ann Lee',
      role: 'SENIOR',
      legalEntity: 'NWA-US',
      costCenter: 'US-TECH',
      active: true,
      costRates: [
        {
          rate: { amount: '100.00', currency: 'USD' },
          effectiveFrom: '2026-01-01',
          effectiveTo: '2026-09-30',
        },
        { rate: { amount: '104.00', currency: 'USD' }, effectiveFrom: '2026-10-01' },
      ],
    });
    expect(workers[1].costRates[0].rate).toEqual({ amount: '50', currency: 'JPY' });
  });

  it('marks a worker inactive when the report says so', () => {
    const { workers } = toCanonicalWorkers([record('E1')], [row({ Active: '0' })]);
    expect(workers[0].active).toBe(false);
  });

  it('keeps a worker the report does not know, without rates or organisation', () => {
    const { workers } = toCanonicalWorkers([record('E7')], []);
    expect(workers).toEqual([{ id: 'E7', name: 'Worker E7', active: true, costRates: [] }]);
  });

  it('leaves out rows it cannot trust and says why, instead of pricing at a wrong rate', () => {
    const { workers, problems } = toCanonicalWorkers(
      [record('E1')],
      [
        row({ Cost_Rate: 'ninety' }),
        row({ Currency: 'XXY' }),
        row({ Cost_Rate: '-5.00' }),
        row({ Effective_From: '2026-13-01' }),
        row({ Effective_From: '2026-10-01', Effective_To: '2026-09-30' }),
        row({}),
      ],
    );
    expect(workers[0].costRates).toHaveLength(1);
    expect(problems).toHaveLength(5);
    expect(problems.every((problem) => problem.startsWith('cost rate of E1 left out'))).toBe(true);
  });

  it('skips a staffing record without an employee id and a repeated one', () => {
    const { workers, problems } = toCanonicalWorkers(
      [record(undefined), record('E1', 'First'), record('E1', 'Again')],
      [],
    );
    expect(workers.map((worker) => worker.name)).toEqual(['First']);
    expect(problems).toEqual(['worker wid-none has no employee id']);
  });
});
