import { ReasonException } from '@p2c/platform';

/** Why process-time refuses a request (problem+json `code`). */
export enum ProcessTimeErrorCode {
  /** no posting with that id (exceptions answer the workbench's own NOT_FOUND) */
  NOT_FOUND = 'NOT_FOUND',
  /** the exception names no posting to replay */
  NOT_RETRYABLE = 'NOT_RETRYABLE',
}

/** A refusal of process-time's, at the status the reason catalogue gives its code. */
export class ProcessTimeException extends ReasonException {
  constructor(
    code: ProcessTimeErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(code, detail, extensions);
  }
}
