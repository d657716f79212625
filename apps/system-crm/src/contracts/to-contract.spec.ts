import { toContract } from './to-contract';

const contract = {
  Id: '800SB0000000001',
  AccountId: '001NW000001',
  Opportunity__c: '006NW000101',
  Status: 'Activated',
  StartDate: '2026-10-01',
  ContractTerm: 12,
  CurrencyIsoCode: 'USD',
  Not_To_Exceed__c: 385000.5,
  LastModifiedDate: '2026-11-20T09:00:00.000+0000',
};
const ids = { contract: 'ctr_1', customer: 'cus_1', opportunity: 'opp_1' };

describe('toContract', () => {
  it('carries the not-to-exceed amount exactly, in the contract\u2019s currency', () => {
    expect(toContract(contract, ids)).toEqual({
      id: 'ctr_1',
      crmId: '800SB0000000001',
      customer: 'cus_1',
      opportunity: 'opp_1',
      status: 'Activated',
      startDate: '2026-10-01',
      termMonths: 12,
      endDate: '2027-09-30',
      notToExceed: { amount: '385000.50', currency: 'USD' },
      lastModifiedAt: '2026-11-20T09:00:00.000Z',
      issues: [],
    });
    expect(
      toContract({ ...contract, Not_To_Exceed__c: 120000, CurrencyIsoCode: 'EUR' }, ids)
        .notToExceed,
    ).toEqual({ amount: '120000.00', currency: 'EUR' });
  });

  it('has no cap where the contract has none, and no issue for it', () => {
    const uncapped = toContract(
      { ...contract, Not_To_Exceed__c: null, CurrencyIsoCode: null },
      ids,
    );
    expect(uncapped.notToExceed).toBeUndefined();
    expect(uncapped.issues).toEqual([]);
  });

  it.each([
    [{ CurrencyIsoCode: null }, 'CurrencyIsoCode is empty: amounts have no currency.'],
    [{ CurrencyIsoCode: 'DOLLARS' }, 'CurrencyIsoCode "DOLLARS" is not an ISO 4217 currency.'],
    [{ Not_To_Exceed__c: 'lots' }, 'Not_To_Exceed__c "lots" is not an amount.'],
    [{ Not_To_Exceed__c: -5000 }, 'Not_To_Exceed__c -5000.00 is below zero.'],
  ])('leaves out a cap it cannot read, saying why (%o)', (changes, issue) => {
    const unreadable = toContract({ ...contract, ...changes }, ids);
    expect(unreadable.notToExceed).toBeUndefined();
    expect(unreadable.issues).toEqual([issue]);
  });
});
