import { z } from 'zod';

/** A non-negative decimal written as a string, such as "0.10" or "250000.00". */
export const decimalSetting = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal such as "0.10"');

/**
 * A variable holding a JSON object of decimals by key, e.g. `{"PRJ-101":"0.10"}` (a markup per
 * project) or `{"NWA-US":"250000.00"}` (a threshold per legal entity).
 */
export const decimalsByKey = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), decimalSetting));
