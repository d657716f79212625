import { formatRatio, toMinor } from '@p2c/canonical';

/**
 * Hours counted in units of 1/3000 hour: a weekday of `hoursPerWeek / 5` (hours per week to the
 * hundredth) and a posting's minutes are both whole units, so sums of them are exact.
 */
export const UNITS_PER_HOUR = 3000n;

/** A weekday's share of `hoursPerWeek`, in units. */
export const unitsPerWeekday = (hoursPerWeek: number | string) => toMinor(hoursPerWeek, 2) * 6n;

export const unitsOfMinutes = (minutes: number) => BigInt(minutes) * 50n;

/** Units as decimal hours, two places. */
export const formatHours = (units: bigint) => formatRatio(units, UNITS_PER_HOUR, 2);
