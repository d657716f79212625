import type { PsaCollection } from './psa-collections';
import type { PsaState } from './psa-state';
import type { AttributeProblem } from './psa-attributes';

/** A problem when `id` (if given) names no record of `collection`. */
export function missingReference(
  state: PsaState,
  collection: PsaCollection,
  field: string,
  id: unknown,
): AttributeProblem | undefined {
  if (id === undefined || id === null || state.find(collection, id)) return undefined;
  return { field, message: `${field} ${String(id)} does not exist` };
}

/** A problem when `to` is before `from` (both optional dates). */
export function reversedDates(
  from: unknown,
  to: unknown,
  field: string,
): AttributeProblem | undefined {
  if (typeof from !== 'string' || typeof to !== 'string' || to >= from) return undefined;
  return { field, message: `${field} must not be before the start date` };
}
