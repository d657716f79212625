import { Money } from './money';

describe('Money', () => {
  it('keeps decimal amounts exact where floats drift', () => {
    const total = [0.1, 0.2].reduce((sum, n) => sum.plus(Money.of(n, 'USD')), Money.zero('USD'));
    expect(total.toDecimal()).toBe('0.30');
    expect(Money.of('1234567890123.45', 'USD').plus(Money.of('0.01', 'USD')).toDecimal()).toBe(
      '1234567890123.46',
    );
  });

  it('prices hours at a rate, rounding half away from zero to the minor unit', () => {
    expect(Money.of('235.00', 'USD').times('7.5').toDecimal()).toBe('1762.50');
    expect(Money.of('33.33', 'GBP').times('0.25').toDecimal()).toBe('8.33'); // 8.3325
    expect(Money.of('0.10', 'EUR').times('0.05').toDecimal()).toBe('0.01'); // 0.005
    expect(Money.of('-0.10', 'EUR').times('0.05').toDecimal()).toBe('-0.01');
    expect(Money.of('100.00', 'GBP').times('0.20').toDecimal()).toBe('20.00');
  });

  it('uses each currency’s minor unit', () => {
    expect(Money.of('1500', 'JPY').toJSON()).toEqual({ amount: '1500', currency: 'JPY' });
    expect(Money.of('1.2345', 'KWD').toDecimal()).toBe('1.235');
    expect(Money.of('19.999', 'USD').minor).toBe(2000n);
  });

  it('refuses to mix currencies or accept non-currencies', () => {
    expect(() => Money.of('1', 'USD').plus(Money.of('1', 'EUR'))).toThrow(/USD with EUR/);
    expect(() => Money.of('1', 'XYZ')).toThrow(/ISO 4217/);
    expect(() => Money.of('1,5', 'EUR')).toThrow(/not a decimal/);
  });

  it('round-trips through its wire form', () => {
    const money = Money.of('-42.10', 'EUR');
    expect(Money.fromJson(money.toJSON()).equals(money)).toBe(true);
    expect(money.negate().toMinorNumber()).toBe(4210);
  });
});
