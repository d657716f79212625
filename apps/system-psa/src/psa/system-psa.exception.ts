import { ReasonException } from '@p2c/platform';

/** Why system-psa refuses a request on its own account (vendor failures map in vendorProblem). */
export enum SystemPsaErrorCode {
  /** the canonical record has no counterpart in the PSA (never created through the gateway) */
  NOT_FOUND = 'NOT_FOUND',
  /** a worker of an assignment has no PSA user with that employee number */
  WORKER_UNMAPPED = 'WORKER_UNMAPPED',
  /** a role code the PSA does not know */
  UNKNOWN_ROLE = 'UNKNOWN_ROLE',
  /** a rate card code the PSA does not know */
  UNKNOWN_RATE_CARD = 'UNKNOWN_RATE_CARD',
  /** an amount in another currency than the project's */
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  /** the PSA holds several records that could be this one: a person must choose */
  DUPLICATE_SUSPECTED = 'DUPLICATE_SUSPECTED',
  /** a change would remove a milestone the PSA already shows as completed */
  MILESTONE_COMPLETED = 'MILESTONE_COMPLETED',
  /** a cursor this API did not hand out, or one of another list */
  INVALID_CURSOR = 'INVALID_CURSOR',
  /** the PSA answered 2xx in a shape it does not document */
  VENDOR_UNAVAILABLE = 'VENDOR_UNAVAILABLE',
  /** a request the checks of the DTOs cannot express (e.g. one of two ways to ask) */
  VALIDATION_FAILED = 'VALIDATION_FAILED',
}

/** A refusal of system-psa's own, at the status the reason catalogue gives its code. */
export class SystemPsaException extends ReasonException {
  constructor(code: SystemPsaErrorCode, detail: string, extensions: Record<string, unknown> = {}) {
    super(code, detail, extensions);
  }
}
