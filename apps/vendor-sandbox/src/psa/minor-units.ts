const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal string ("420.00") as integer minor units (42000), rounded half away from zero past
 * the currency's digits: money never passes through a float.
 */
export function toMinorUnits(value: string, digits = 2): number {
  const match = DECIMAL.exec(value);
  if (!match) throw new RangeError(`not a decimal amount: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  const padded = fraction.padEnd(digits + 1, '0');
  let units = BigInt(whole + padded.slice(0, digits));
  if (Number(padded[digits]) >= 5) units += 1n;
  const result = Number(units);
  return sign === '-' && result !== 0 ? -result : result;
}
