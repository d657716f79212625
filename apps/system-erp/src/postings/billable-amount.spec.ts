import { Money } from '@p2c/canonical';
import { billableAmount } from './billable-amount';

describe('billableAmount', () => {
  it('prices minutes at an hourly rate exactly', () => {
    expect(billableAmount(Money.of('300.00', 'USD'), 450).toDecimal()).toBe('2250.00');
    expect(billableAmount(Money.of('435.00', 'USD'), 480).toDecimal()).toBe('3480.00');
  });

  it('rounds a third of a cent half away from zero', () => {
    expect(billableAmount(Money.of('100.00', 'GBP'), 20).toDecimal()).toBe('33.33');
    expect(billableAmount(Money.of('0.01', 'EUR'), 30).toDecimal()).toBe('0.01'); // 0.005
  });

  it('keeps the currency’s minor unit', () => {
    expect(billableAmount(Money.of('12000', 'JPY'), 90).toJSON()).toEqual({
      amount: '18000',
      currency: 'JPY',
    });
  });
});
