import { isTrue, suiteQlText } from './suiteql';

describe('suiteQlText', () => {
  it('quotes a value and doubles the quotes inside it', () => {
    expect(suiteQlText('US-91-7654321')).toBe("'US-91-7654321'");
    expect(suiteQlText("O'Brien")).toBe("'O''Brien'");
  });

  it('refuses what could end the literal some other way', () => {
    expect(() => suiteQlText("x\\' OR 1=1")).toThrow(RangeError);
    expect(() => suiteQlText('line\nbreak')).toThrow(RangeError);
  });

  it('reads SuiteQL booleans', () => {
    expect(isTrue('T')).toBe(true);
    expect(isTrue('F')).toBe(false);
    expect(isTrue(undefined)).toBe(false);
  });
});
