import { REASON_CATALOGUE } from './reason-catalogue';
import { ReasonCode } from './reason-code';
import type { ReasonDefinition } from './reason-definition';

/** A reason code another system answered with, looked up in the catalogue; undefined if not in it. */
export function cataloguedReason(
  code: string,
): (ReasonDefinition & { code: ReasonCode }) | undefined {
  if (!Object.hasOwn(REASON_CATALOGUE, code)) return undefined;
  return { code: code as ReasonCode, ...REASON_CATALOGUE[code as ReasonCode] };
}
