import { ReasonCode, cataloguedReason } from '@p2c/canonical';
import { ApiProblemError } from '@p2c/clients';

/**
 * The reason a system API's refusal is filed under when no retry can change it: its catalogued
 * reason (or the broader one the catalogue files it as), VENDOR_REJECTED when it names none.
 * Undefined for anything worth retrying (no answer, 5xx, 429).
 */
export function refusalReason(error: unknown): `${ReasonCode}` | undefined {
  if (!(error instanceof ApiProblemError) || error.retryable || error.status >= 500)
    return undefined;
  const catalogued = cataloguedReason(error.code);
  return catalogued?.kind === 'refusal'
    ? (catalogued.filedAs ?? catalogued.code)
    : ReasonCode.VENDOR_REJECTED;
}
