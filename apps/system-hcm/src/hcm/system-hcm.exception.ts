import { ReasonException } from '@p2c/platform';

/** Why system-hcm refuses a request on its own account (HCM failures map in vendorProblem). */
export enum SystemHcmErrorCode {
  /** the HCM has no worker with that employee id */
  NOT_FOUND = 'NOT_FOUND',
  /** a cursor this API did not hand out */
  BAD_REQUEST = 'BAD_REQUEST',
  /** the HCM answered 2xx in a shape its API does not promise */
  VENDOR_UNAVAILABLE = 'VENDOR_UNAVAILABLE',
}

/** A refusal of system-hcm's, at the status the reason catalogue gives its code. */
export class SystemHcmException extends ReasonException {
  constructor(
    code: SystemHcmErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(code, detail, extensions, headers);
  }
}
