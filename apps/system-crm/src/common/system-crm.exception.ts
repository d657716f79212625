import { ReasonException } from '@p2c/platform';

/** Why system-crm refuses a request on its own account (CRM failures map in vendorProblem). */
export enum SystemCrmErrorCode {
  /** a record this API does not know, or the CRM no longer holds */
  NOT_FOUND = 'NOT_FOUND',
  /** a cursor this API did not issue */
  INVALID_CURSOR = 'INVALID_CURSOR',
  /** the gateway holds back to stay inside the CRM's daily API allowance */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** A refusal of system-crm's, at the status the reason catalogue gives its code. */
export class SystemCrmException extends ReasonException {
  constructor(
    code: SystemCrmErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(code, detail, extensions, headers);
  }
}
