import { ReasonException } from '@p2c/platform';

/** Why process-billing refuses a request (problem+json `code`). */
export enum ProcessBillingErrorCode {
  /** no billing run or reconciliation with that id */
  NOT_FOUND = 'NOT_FOUND',
  /** the ERP has no active legal entity with that code */
  INVALID_DIMENSION = 'INVALID_DIMENSION',
  /** the ERP's legal entities could not be read just now */
  VENDOR_UNAVAILABLE = 'VENDOR_UNAVAILABLE',
  /** the exception names nothing the workbench can replay (e.g. a refused invoice's released work) */
  NOT_RETRYABLE = 'NOT_RETRYABLE',
  /** a request the route's own checks refuse (e.g. two ways of naming what to read) */
  VALIDATION_FAILED = 'VALIDATION_FAILED',
}

/** A refusal of process-billing's, at the status the reason catalogue gives its code. */
export class ProcessBillingException extends ReasonException {
  constructor(
    code: ProcessBillingErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(code, detail, extensions);
  }
}
