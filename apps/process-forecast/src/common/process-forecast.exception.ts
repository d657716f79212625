import { ReasonException } from '@p2c/platform';

/** Why process-forecast refuses a request (problem+json `code`). */
export enum ProcessForecastErrorCode {
  /** no forecast of that project (or no version of that number, or none by that time) */
  NOT_FOUND = 'NOT_FOUND',
  /** a request the route's own checks refuse: a range backwards or too long, an unknown legal entity */
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  /** the exception names no project whose recomputation could settle it */
  NOT_RETRYABLE = 'NOT_RETRYABLE',
  /** a system the answer needs could not be read just now */
  VENDOR_UNAVAILABLE = 'VENDOR_UNAVAILABLE',
}

/** A refusal of process-forecast's, at the status the reason catalogue gives its code. */
export class ProcessForecastException extends ReasonException {
  constructor(
    code: ProcessForecastErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(code, detail, extensions);
  }
}
