import { OpportunityDto } from '@p2c/canonical';
import { toChangeOrder } from './to-change-order';

const deal = {
  id: 'opp_1',
  crmId: '006NW000102',
  amount: { amount: '420000.00', currency: 'USD' },
  endDate: '2027-05-31',
  milestones: [{ id: 'mst_1', crmId: 'a03A', name: 'Go-live' }],
} as OpportunityDto;
const changeOrder = {
  Id: 'a02A',
  Name: 'CO-1',
  Opportunity__c: '006NW000102',
  Status__c: 'Approved',
  Amount__c: 70000,
  Hours__c: 120,
  Description__c: 'Two more warehouses',
  Approved_Date__c: '2026-11-18',
  LastModifiedDate: '2026-11-20T10:00:00.000+0000',
};

describe('toChangeOrder', () => {
  it('carries what the change adds and the deal\u2019s terms after it', () => {
    expect(
      toChangeOrder(changeOrder, { changeOrder: 'chg_1', opportunity: 'opp_1' }, deal, 'Approved'),
    ).toEqual({
      id: 'chg_1',
      crmId: 'a02A',
      opportunity: 'opp_1',
      name: 'CO-1',
      status: 'APPROVED',
      description: 'Two more warehouses',
      amountChange: { amount: '70000.00', currency: 'USD' },
      hoursChange: 120,
      approvedOn: '2026-11-18',
      amount: { amount: '420000.00', currency: 'USD' },
      endDate: '2027-05-31',
      milestones: deal.milestones,
      lastModifiedAt: '2026-11-20T10:00:00.000Z',
      issues: [],
    });
  });

  it.each([
    ['Approved', 'APPROVED'],
    ['approved', 'APPROVED'],
    ['Rejected', 'REJECTED'],
    ['Cancelled', 'REJECTED'],
    ['Draft', 'PENDING'],
    [null, 'PENDING'],
  ])('reads status %j as %s', (status, expected) => {
    const mapped = toChangeOrder(
      { ...changeOrder, Status__c: status },
      { changeOrder: 'chg_1' },
      deal,
      'Approved',
    );
    expect(mapped.status).toBe(expected);
  });

  it('says so when the deal is gone from the CRM', () => {
    const mapped = toChangeOrder(
      changeOrder,
      { changeOrder: 'chg_1', opportunity: 'opp_1' },
      undefined,
      'Approved',
    );
    expect(mapped.issues).toEqual(['The deal 006NW000102 is not in the CRM.']);
    expect(mapped.milestones).toEqual([]);
    expect(mapped.amountChange).toBeUndefined();
  });
});
