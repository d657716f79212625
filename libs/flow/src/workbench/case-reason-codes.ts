import { REASON_CATALOGUE, ReasonCode } from '@p2c/canonical';

/**
 * The reasons a case can carry: every catalogued code but a request's defects (the caller's to
 * fix, never a case) and a system API's finer refusals (filed under their broader reason).
 */
export const CASE_REASON_CODES: readonly ReasonCode[] = Object.values(ReasonCode).filter(
  (code) => REASON_CATALOGUE[code].kind !== 'request' && !REASON_CATALOGUE[code].filedAs,
);
