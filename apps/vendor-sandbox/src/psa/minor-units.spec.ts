import { toMinorUnits } from './minor-units';

describe('toMinorUnits', () => {
  it('turns decimal strings into integer cents without float drift', () => {
    expect(toMinorUnits('420.00')).toBe(42000);
    expect(toMinorUnits('0.29')).toBe(29);
    expect(toMinorUnits('1005.1')).toBe(100510);
    expect(toMinorUnits('17')).toBe(1700);
    expect(toMinorUnits('-3.50')).toBe(-350);
  });

  it('rounds half away from zero past the currency digits', () => {
    expect(toMinorUnits('1.005')).toBe(101);
    expect(toMinorUnits('1.004')).toBe(100);
    expect(toMinorUnits('-1.005')).toBe(-101);
  });

  it('rejects what is not a decimal', () => {
    expect(() => toMinorUnits('12,50')).toThrow(RangeError);
    expect(() => toMinorUnits('')).toThrow(RangeError);
  });
});
