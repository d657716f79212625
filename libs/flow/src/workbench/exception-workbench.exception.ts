import { ReasonException } from '@p2c/platform';

/** Why the exception workbench refuses a request (problem+json `code`). */
export enum ExceptionWorkbenchErrorCode {
  /** no case of this flow with that id */
  NOT_FOUND = 'NOT_FOUND',
  /** the case is resolved or dismissed: it cannot be assigned, closed or retried again */
  EXCEPTION_CLOSED = 'EXCEPTION_CLOSED',
}

/** A refusal of the workbench's, at the status the reason catalogue gives its code. */
export class ExceptionWorkbenchException extends ReasonException {
  constructor(code: ExceptionWorkbenchErrorCode, detail: string) {
    super(code, detail);
  }
}
