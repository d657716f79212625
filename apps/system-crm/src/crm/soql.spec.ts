import { inBatches, soqlIn, soqlString } from './soql';

describe('SOQL pieces', () => {
  it('quotes strings so a value cannot end the literal', () => {
    expect(soqlString("O'Brien \\ Co")).toBe("'O\\'Brien \\\\ Co'");
  });

  it('writes IN lists and refuses an empty one', () => {
    expect(soqlIn('Id', ['a', 'b'])).toBe("Id IN ('a', 'b')");
    expect(() => soqlIn('Id', [])).toThrow(RangeError);
  });

  it('splits ids into batches', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
