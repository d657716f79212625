import { billingModelOf } from './billing-model';
import { toOpportunity } from './to-opportunity';

const record = {
  attributes: { type: 'Opportunity' },
  Id: '006NW000102',
  Name: 'Fabrikam \u2014 warehouse data platform',
  AccountId: '001NW000002',
  StageName: 'Closed Won',
  CloseDate: '2026-10-09',
  Amount: 350000.1,
  CurrencyIsoCode: 'USD',
  IsWon: true,
  Billing_Model__c: 'MILESTONE',
  Legal_Entity__c: 'NWA-US',
  Cost_Center__c: 'US-TECH',
  Rate_Card__c: 'RC-STD-USD',
  Start_Date__c: '2026-10-13',
  End_Date__c: '2027-03-31',
  Budget_Hours__c: null,
  LastModifiedDate: '2026-11-20T09:00:00.000+0000',
};
const ids = {
  opportunity: 'opp_1',
  customer: 'cus_1',
  milestones: new Map([['a03A', 'mst_1']]),
};
const milestone = {
  Id: 'a03A',
  Name: 'Discovery sign-off',
  Opportunity__c: '006NW000102',
  Amount__c: 70000,
  Due_Date__c: '2026-11-06',
};
const assignment = {
  Id: 'a04A',
  Opportunity__c: '006NW000102',
  Worker_Id__c: 'E1005',
  Role__c: 'MANAGER',
  Start_Date__c: '2026-10-13',
  End_Date__c: '2027-03-31',
  Hours_Per_Week__c: 24,
};

describe('toOpportunity', () => {
  it('maps a complete deal with exact money, calendar dates, milestones and assignments', () => {
    expect(toOpportunity(record, ids, [milestone], [assignment])).toEqual({
      id: 'opp_1',
      crmId: '006NW000102',
      customer: 'cus_1',
      name: 'Fabrikam \u2014 warehouse data platform',
      stage: 'Closed Won',
      isWon: true,
      closeDate: '2026-10-09',
      amount: { amount: '350000.10', currency: 'USD' },
      billingModel: 'MILESTONE',
      legalEntity: 'NWA-US',
      costCenter: 'US-TECH',
      rateCard: 'RC-STD-USD',
      startDate: '2026-10-13',
      endDate: '2027-03-31',
      milestones: [
        {
          id: 'mst_1',
          crmId: 'a03A',
          name: 'Discovery sign-off',
          amount: { amount: '70000.00', currency: 'USD' },
          dueDate: '2026-11-06',
        },
      ],
      assignments: [
        {
          crmId: 'a04A',
          worker: 'E1005',
          role: 'MANAGER',
          startDate: '2026-10-13',
          endDate: '2027-03-31',
          hoursPerWeek: 24,
        },
      ],
      lastModifiedAt: '2026-11-20T09:00:00.000Z',
      issues: [],
    });
  });

  it('leaves out what it cannot read and says why, for a person to fix in the CRM', () => {
    const deal = toOpportunity(
      {
        ...record,
        AccountId: null,
        CurrencyIsoCode: 'XXY',
        Billing_Model__c: 'Time & Effort',
        Legal_Entity__c: '',
        End_Date__c: '31/03/2027',
      },
      ids,
      [],
      [{ ...assignment, Worker_Id__c: null }],
    );
    expect(deal.customer).toBeUndefined();
    expect(deal.amount).toBeUndefined();
    expect(deal.billingModel).toBeUndefined();
    expect(deal.legalEntity).toBeUndefined();
    expect(deal.endDate).toBeUndefined();
    expect(deal.assignments).toEqual([]);
    expect(deal.issues).toEqual([
      'CurrencyIsoCode "XXY" is not an ISO 4217 currency.',
      'Billing_Model__c "Time & Effort" is not a known billing model (time and materials, fixed fee, milestone, retainer).',
      'AccountId is empty: the deal has no customer account.',
      'Legal_Entity__c is empty: the deal has no legal entity.',
      'End_Date__c "31/03/2027" is not a date (YYYY-MM-DD).',
      'Resource assignment a04A is left out: it needs Worker_Id__c and Role__c.',
    ]);
  });
});

describe('billingModelOf', () => {
  it.each([
    ['TIME_AND_MATERIALS', 'TIME_AND_MATERIALS'],
    ['Time & Materials', 'TIME_AND_MATERIALS'],
    ['T&M', 'TIME_AND_MATERIALS'],
    ['Fixed Fee', 'FIXED_FEE'],
    ['fixed-price', 'FIXED_FEE'],
    ['Milestones', 'MILESTONE'],
    ['Retainer', 'RETAINER'],
    ['Barter', undefined],
  ])('reads %j as %s', (value, model) => {
    expect(billingModelOf(value)).toBe(model);
  });
});
