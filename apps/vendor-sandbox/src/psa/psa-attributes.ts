import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { psaValidationError } from './psa-errors';

/** Ids are numeric strings; clients may send them as numbers. */
export const psaId = z
  .union(
    [
      z.string().regex(/^\d+$/, 'is not a valid id'),
      z.int('is not a valid id').positive('is not a valid id'),
    ],
    { error: 'is not a valid id' },
  )
  .transform(String);

export const isoDate = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .refine(isIsoDate, 'must be a date (YYYY-MM-DD)');

export const cents = z
  .int({ error: 'must be a whole number of cents' })
  .min(0, 'must not be negative');

export const currencyCode = z
  .string({ error: 'must be an ISO 4217 code' })
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code');

export const text = z.string({ error: 'must be text' });
export const requiredText = text.trim().min(1, "can't be blank");
export const flag = z.boolean({ error: 'must be true or false' });

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

type Body = Record<string, unknown>;

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function humanize(field: string): string {
  const words = field.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The attributes under the request's root key (`{"time_entry": {…}}`), parsed; every invalid
 * field is named in one 422, worded as the vendor words it ("Title can't be blank").
 */
export function parseAttributes<T>(schema: z.ZodType<T>, body: unknown, root: string): T {
  const attributes = isObject(body) ? body[root] : undefined;
  if (!isObject(attributes))
    throw psaValidationError([{ message: `The request needs a ${root} object`, field: root }]);
  const result = schema.safeParse(attributes);
  if (result.success) return result.data;
  throw psaValidationError(
    result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const missing = attributes[String(issue.path[0])] === undefined;
      return { field, message: `${humanize(field)} ${missing ? "can't be blank" : issue.message}` };
    }),
  );
}

/** A cross-field or reference problem found after parsing. */
export interface AttributeProblem {
  field: string;
  message: string;
}

export function rejectIfAny(problems: (AttributeProblem | undefined)[]): void {
  const found = problems.filter((problem): problem is AttributeProblem => problem !== undefined);
  if (found.length > 0) throw psaValidationError(found);
}
