import type { ValueTransformer } from 'typeorm';

/**
 * Money in integer minor units is stored as `bigint`; the pg driver returns it as a string. It
 * becomes a JS integer here, and a value a double cannot hold exactly is refused rather than rounded.
 */
export const minorUnitsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => {
    if (value === null || value === undefined) return value;
    if (!Number.isSafeInteger(value))
      throw new RangeError(`An amount in minor units must be a safe integer, got ${value}`);
    return value;
  },
  from: (value: string | null) => {
    if (value === null) return null;
    const amount = Number(value);
    if (!Number.isSafeInteger(amount))
      throw new RangeError(`The stored amount ${value} does not fit a safe integer`);
    return amount;
  },
};
