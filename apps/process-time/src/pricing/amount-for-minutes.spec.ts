import { Money } from '@p2c/canonical';
import { amountForMinutes } from './amount-for-minutes';

describe('amountForMinutes', () => {
  it('prices exact quarter hours exactly', () => {
    expect(amountForMinutes(Money.of('235.00', 'USD'), 450).toDecimal()).toBe('1762.50');
    expect(amountForMinutes(Money.of('60.00', 'GBP'), 480).toDecimal()).toBe('480.00');
  });

  it('rounds half away from zero to the minor unit', () => {
    // 134.00 × 7 / 60 = 15.6333… → 15.63; 0.10 × 3 / 60 = 0.005 → 0.01
    expect(amountForMinutes(Money.of('134.00', 'USD'), 7).toDecimal()).toBe('15.63');
    expect(amountForMinutes(Money.of('0.10', 'EUR'), 3).toDecimal()).toBe('0.01');
  });
});
