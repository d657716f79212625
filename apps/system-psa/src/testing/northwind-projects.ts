import type { CreatePsaProjectDto } from '@p2c/canonical';

/** Contoso's T&M deal: four people on RC-STD-USD, no milestones. */
export function contosoProject(): CreatePsaProjectDto {
  return {
    id: 'PRJ-101',
    opportunity: '006NW000101',
    name: 'Contoso — ERP selection & roadmap',
    rateCard: 'RC-STD-USD',
    startDate: '2026-10-01',
    endDate: '2027-01-29',
    budget: { amount: '480000.00', currency: 'USD' },
    milestones: [],
    assignments: [
      assignment('E1001', 'PARTNER', 8),
      assignment('E1002', 'MANAGER', 32),
      assignment('E1003', 'SENIOR', 40),
      assignment('E1004', 'CONSULTANT', 40),
    ],
  };
}

/** Fabrikam's milestone deal: three milestones, four people. */
export function fabrikamProject(): CreatePsaProjectDto {
  return {
    id: 'PRJ-102',
    opportunity: '006NW000102',
    name: 'Fabrikam — warehouse data platform',
    rateCard: 'RC-STD-USD',
    startDate: '2026-10-13',
    endDate: '2027-03-31',
    budget: { amount: '350000.00', currency: 'USD' },
    milestones: [
      milestone('MS-102-1', 'Discovery sign-off', '70000.00', '2026-11-06'),
      milestone('MS-102-2', 'Platform MVP', '140000.00', '2027-01-15'),
      milestone('MS-102-3', 'Go-live', '140000.00', '2027-03-31'),
    ],
    assignments: [
      { ...assignment('E1005', 'MANAGER', 24), startDate: '2026-10-13', endDate: '2027-03-31' },
      { ...assignment('E1006', 'SENIOR', 40), startDate: '2026-10-13', endDate: '2027-03-31' },
      { ...assignment('E1007', 'CONSULTANT', 40), startDate: '2026-10-13', endDate: '2027-03-31' },
      { ...assignment('E1008', 'ANALYST', 40), startDate: '2026-10-13', endDate: '2027-03-31' },
    ],
  };
}

function assignment(worker: string, role: string, hoursPerWeek: number) {
  return { worker, role, startDate: '2026-10-01', endDate: '2027-01-29', hoursPerWeek };
}

function milestone(id: string, name: string, amount: string, dueDate: string) {
  return { id, name, amount: { amount, currency: 'USD' }, dueDate };
}

/**
 * The same project under ids of its own (`PRJ-102-b`, opportunity `006NW000102-b`, milestones
 * `MS-102-1-b`), so tests sharing one sandbox world and one database do not meet.
 */
export function keyed(project: CreatePsaProjectDto, key: string): CreatePsaProjectDto {
  return {
    ...project,
    id: `${project.id}-${key}`,
    opportunity: `${project.opportunity}-${key}`,
    milestones: project.milestones.map((milestone) => ({
      ...milestone,
      id: `${milestone.id}-${key}`,
    })),
  };
}
