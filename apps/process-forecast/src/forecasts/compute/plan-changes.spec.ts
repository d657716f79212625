import type { ForecastPlanLine } from '@p2c/persistence';
import { planChanges } from './plan-changes';

const line = (worker: string | null, role: string, hoursPerWeek = 40): ForecastPlanLine => ({
  worker,
  label: worker ? null : `${role} (open)`,
  role,
  startDate: '2026-10-01',
  endDate: '2027-01-29',
  hoursPerWeek,
});

describe('planChanges', () => {
  it('names the assignments added, removed and changed, an open role by its label', () => {
    const before = [line('E1003', 'SENIOR'), line('E1004', 'CONSULTANT'), line(null, 'ANALYST')];
    const after = [
      line('E1004', 'CONSULTANT', 24),
      line('E1007', 'CONSULTANT'),
      line(null, 'ANALYST'),
    ];
    expect(planChanges(before, after)).toEqual({
      added: [line('E1007', 'CONSULTANT')],
      removed: [line('E1003', 'SENIOR')],
      changed: [{ before: line('E1004', 'CONSULTANT'), after: line('E1004', 'CONSULTANT', 24) }],
    });
  });
});
