import { REASON_CATALOGUE, ReasonCode } from '@p2c/canonical';
import { ProblemException } from './problem.exception';

/**
 * A problem answered with a catalogued reason code, at the catalogue's HTTP status. Each app's
 * typed exception extends it with its own code enum (the codes that app answers with).
 */
export class ReasonException extends ProblemException {
  constructor(
    code: `${ReasonCode}`,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(REASON_CATALOGUE[code].status, code, detail, extensions, headers);
  }
}
