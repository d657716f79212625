import { ProblemException } from '@p2c/platform';

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
}

const STATUS: Record<SystemPsaErrorCode, number> = {
  [SystemPsaErrorCode.NOT_FOUND]: 404,
  [SystemPsaErrorCode.WORKER_UNMAPPED]: 422,
  [SystemPsaErrorCode.UNKNOWN_ROLE]: 422,
  [SystemPsaErrorCode.UNKNOWN_RATE_CARD]: 422,
  [SystemPsaErrorCode.CURRENCY_MISMATCH]: 422,
  [SystemPsaErrorCode.DUPLICATE_SUSPECTED]: 409,
  [SystemPsaErrorCode.MILESTONE_COMPLETED]: 409,
  [SystemPsaErrorCode.INVALID_CURSOR]: 400,
  [SystemPsaErrorCode.VENDOR_UNAVAILABLE]: 503,
};

export class SystemPsaException extends ProblemException {
  constructor(code: SystemPsaErrorCode, detail: string, extensions: Record<string, unknown> = {}) {
    super(STATUS[code], code, detail, extensions);
  }
}
