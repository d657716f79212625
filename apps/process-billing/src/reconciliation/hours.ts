import { divideRounded, formatMinor } from '@p2c/canonical';

/** Minutes as decimal hours, to 4 places at most, trailing zeros dropped: 450 → "7.5", -20 → "-0.3333". */
export function hoursOf(minutes: number): string {
  const text = formatMinor(divideRounded(BigInt(minutes) * 10_000n, 60n), 4);
  return text.replace(/\.?0+$/, '');
}
