import { ReasonException } from '@p2c/platform';

/** Why the lineage route refuses a request (problem+json `code`). */
export enum LineageErrorCode {
  /** no such entry reached the gateway, or no such invoice */
  NOT_FOUND = 'NOT_FOUND',
  /** both a source and an invoice were named */
  VALIDATION_FAILED = 'VALIDATION_FAILED',
}

/** A refusal of the lineage route's, at the status the reason catalogue gives its code. */
export class LineageException extends ReasonException {
  constructor(code: LineageErrorCode, detail: string) {
    super(code, detail);
  }
}
