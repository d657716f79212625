import type { SystemCrmApi } from '@p2c/clients';
import { ReasonCode } from '@p2c/canonical';
import { projectIdOf } from '../project-id';
import { StepFailure } from '../step-failure.exception';
import { dealTerms } from './deal-terms';

const deal = (changes: Partial<SystemCrmApi.SchemaOpportunityDto> = {}) =>
  ({
    id: 'opp_5b7d40e2',
    crmId: '006NW000102',
    customer: 'cus_3f1c9a2b',
    name: 'Fabrikam — warehouse data platform',
    stage: 'Closed Won',
    isWon: true,
    amount: { amount: '350000.00', currency: 'USD' },
    billingModel: 'MILESTONE',
    legalEntity: 'NWA-US',
    costCenter: 'US-TECH',
    rateCard: 'RC-STD-USD',
    startDate: '2026-10-13',
    endDate: '2027-03-31',
    milestones: [
      {
        id: 'mst_1',
        crmId: 'a03-1',
        name: 'Discovery sign-off',
        amount: { amount: '70000.00', currency: 'USD' },
        dueDate: '2026-11-06',
      },
    ],
    assignments: [
      { crmId: 'a04-1', worker: 'E1005', role: 'MANAGER', hoursPerWeek: 24 },
      {
        crmId: 'a04-2',
        worker: 'E1006',
        role: 'SENIOR',
        startDate: '2026-11-02',
        endDate: '2027-01-29',
        hoursPerWeek: 40,
      },
    ],
    lastModifiedAt: '2026-11-20T09:00:00.000Z',
    issues: [],
    ...changes,
  }) as SystemCrmApi.SchemaOpportunityDto;

function failureOf(work: () => unknown): StepFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof StepFailure) return error;
    throw error;
  }
  throw new Error('expected a StepFailure');
}

describe('the terms a project is set up from', () => {
  it('takes a complete won deal as it is, planning assignments for the whole project unless dated', () => {
    expect(dealTerms(deal())).toEqual({
      version: '2026-11-20T09:00:00.000Z',
      name: 'Fabrikam — warehouse data platform',
      customer: 'cus_3f1c9a2b',
      amount: '350000.00',
      currency: 'USD',
      billingModel: 'MILESTONE',
      legalEntity: 'NWA-US',
      costCenter: 'US-TECH',
      rateCard: 'RC-STD-USD',
      startDate: '2026-10-13',
      endDate: '2027-03-31',
      milestones: [
        { id: 'mst_1', name: 'Discovery sign-off', amount: '70000.00', dueDate: '2026-11-06' },
      ],
      assignments: [
        {
          worker: 'E1005',
          role: 'MANAGER',
          startDate: '2026-10-13',
          endDate: '2027-03-31',
          hoursPerWeek: 24,
        },
        {
          worker: 'E1006',
          role: 'SENIOR',
          startDate: '2026-11-02',
          endDate: '2027-01-29',
          hoursPerWeek: 40,
        },
      ],
    });
  });

  it('refuses a deal that is no longer won', () => {
    const failure = failureOf(() => dealTerms(deal({ isWon: false, stage: 'Negotiation' })));
    expect(failure).toMatchObject({
      reasonCode: ReasonCode.DEAL_NOT_WON,
      ownerGroup: 'finance-ops',
    });
    expect(failure.message).toContain('Negotiation');
  });

  it('lists every gap of an incomplete deal in one exception for finance', () => {
    const failure = failureOf(() =>
      dealTerms(
        deal({
          costCenter: undefined,
          rateCard: undefined,
          startDate: '2027-04-01',
          issues: ['Billing_Model__c "Time & Effort" is not a known billing model.'],
          milestones: [{ id: 'mst_2', crmId: 'a03-2', name: 'Go-live' }],
          assignments: [{ crmId: 'a04-3', worker: 'E1007', role: 'CONSULTANT' }],
        }),
      ),
    );
    expect(failure).toMatchObject({
      reasonCode: ReasonCode.DEAL_INCOMPLETE,
      ownerGroup: 'finance-ops',
    });
    for (const gap of [
      'Time & Effort',
      'no cost centre',
      'no rate card',
      'start date 2027-04-01 is after its end date 2027-03-31',
      'Milestone "Go-live" (a03-2) has no amount',
      'has no due date',
      'E1007 as CONSULTANT has no hours per week',
    ])
      expect(failure.message).toContain(gap);
  });

  it('refuses milestones in another currency than the deal', () => {
    const failure = failureOf(() =>
      dealTerms(
        deal({
          milestones: [
            {
              id: 'mst_3',
              crmId: 'a03-3',
              name: 'Go-live',
              amount: { amount: '10.00', currency: 'EUR' },
              dueDate: '2027-03-31',
            },
          ],
        }),
      ),
    );
    expect(failure.message).toContain('is in EUR, the deal in USD');
  });
});

describe('the canonical project id of a deal', () => {
  it('is derived from the opportunity id, the same on every run', () => {
    expect(projectIdOf('opp_5b7d40e2')).toBe('prj_5b7d40e2');
    expect(projectIdOf('opp_5b7d40e2')).toBe(projectIdOf('opp_5b7d40e2'));
  });
});
