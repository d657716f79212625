import { ProblemException } from '@p2c/platform';

/** Why a call could not be counted against its budget (problem+json `code`). */
export enum ThrottlingErrorCode {
  /** the shared counter store (Redis) did not answer */
  THROTTLE_UNAVAILABLE = 'THROTTLE_UNAVAILABLE',
}

/**
 * Budgets are shared by every instance through Redis; when it does not answer, a call cannot be
 * counted, and letting it through uncounted would lift every partner's limit at once: 503.
 */
export class ThrottlingException extends ProblemException {
  constructor() {
    super(
      503,
      ThrottlingErrorCode.THROTTLE_UNAVAILABLE,
      'The gateway cannot count calls against their limits right now. Try again shortly.',
      {},
      { 'retry-after': '5' },
    );
  }
}
