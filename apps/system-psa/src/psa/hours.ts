import { divideRounded, formatMinor } from '@p2c/canonical';

const SCALE = 6;

/**
 * Minutes as decimal hours: exact whenever a decimal can be (7:30 → "7.50"), else to six places
 * (20 minutes → "0.333333"). Callers that compute money from time should use the minutes.
 */
export function hoursOf(minutes: number): string {
  const scaled = divideRounded(BigInt(minutes) * 10n ** BigInt(SCALE), 60n);
  return formatMinor(scaled, SCALE).replace(/(\.\d\d\d*?)0+$/, '$1');
}
