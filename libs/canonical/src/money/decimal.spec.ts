import {
  formatMinor,
  formatRatio,
  isDecimal,
  minorToNumber,
  multiplyMinor,
  toMinor,
} from './decimal';

describe('money in minor units', () => {
  it('parses decimal strings and numbers without float arithmetic', () => {
    expect(toMinor('420.00')).toBe(42000n);
    expect(toMinor('0.1')).toBe(10n);
    expect(toMinor(1250.3)).toBe(125030n);
    expect(toMinor(0.1 + 0.2)).toBe(30n);
    expect(toMinor('-7.5')).toBe(-750n);
  });

  it('rounds digits past the scale half up', () => {
    expect(toMinor('2.345')).toBe(235n);
    expect(toMinor('2.344')).toBe(234n);
    expect(toMinor('1.2', 0)).toBe(1n);
  });

  it('refuses what is not a decimal', () => {
    expect(() => toMinor('12,50')).toThrow(RangeError);
    expect(() => toMinor(Number.NaN)).toThrow(RangeError);
    expect(isDecimal('1e3')).toBe(false);
    expect(isDecimal('12.50')).toBe(true);
    expect(isDecimal(Infinity)).toBe(false);
  });

  it('formats back to a decimal string and a wire number', () => {
    expect(formatMinor(5n)).toBe('0.05');
    expect(formatMinor(-123456n)).toBe('-1234.56');
    expect(minorToNumber(225030n)).toBe(2250.3);
  });

  it('multiplies by a decimal factor, rounding half up', () => {
    expect(multiplyMinor(187525n, '0.20')).toBe(37505n);
    expect(multiplyMinor(1001n, '0.19')).toBe(190n); // 190.19
    expect(multiplyMinor(19010n, 2.5)).toBe(47525n);
    expect(multiplyMinor(5n, '0.5')).toBe(3n); // 2.5 → 3
  });

  it('writes a ratio of two integers as an exact decimal, half away from zero', () => {
    expect(formatRatio(1n, 3n)).toBe('0.3333');
    expect(formatRatio(2n, 3n)).toBe('0.6667');
    expect(formatRatio(450n, 60n, 2)).toBe('7.50');
    expect(formatRatio(-1n, 8n, 2)).toBe('-0.13');
    expect(formatRatio(1n, -8n, 2)).toBe('-0.13');
    expect(formatRatio(0n, 7n)).toBe('0.0000');
    expect(() => formatRatio(1n, 0n)).toThrow(RangeError);
  });
});
