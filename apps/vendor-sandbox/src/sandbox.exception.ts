import { ProblemException } from '@p2c/platform';

/** Why the sandbox's admin API refused a request (problem+json `code`). */
export enum SandboxErrorCode {
  SCENARIO_INVALID = 'SCENARIO_INVALID',
  UNKNOWN_SYSTEM = 'UNKNOWN_SYSTEM',
  UNKNOWN_COLLECTION = 'UNKNOWN_COLLECTION',
  RECORD_NOT_FOUND = 'RECORD_NOT_FOUND',
  RECORD_EXISTS = 'RECORD_EXISTS',
  INVALID_RECORD = 'INVALID_RECORD',
  INVALID_REQUEST = 'INVALID_REQUEST',
  PAYMENT_REFUSED = 'PAYMENT_REFUSED',
}

const STATUS: Record<SandboxErrorCode, number> = {
  SCENARIO_INVALID: 400,
  UNKNOWN_SYSTEM: 404,
  UNKNOWN_COLLECTION: 404,
  RECORD_NOT_FOUND: 404,
  RECORD_EXISTS: 409,
  INVALID_RECORD: 400,
  INVALID_REQUEST: 400,
  PAYMENT_REFUSED: 422,
};

/** An admin API refusal, answered as problem+json with the code above. */
export class SandboxException extends ProblemException {
  constructor(code: SandboxErrorCode, detail: string, extensions: Record<string, unknown> = {}) {
    super(STATUS[code], code, detail, extensions);
  }
}
