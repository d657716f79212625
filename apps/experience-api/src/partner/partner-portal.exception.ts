import { ReasonException } from '@p2c/platform';

/** Why the partner portal refuses a request (problem+json `code`). */
export enum PartnerPortalErrorCode {
  /** no such record among the partner's customers' (whether it exists for another partner or not) */
  NOT_FOUND = 'NOT_FOUND',
  /** an admin did not say which partner's portal to read */
  VALIDATION_FAILED = 'VALIDATION_FAILED',
}

/** A refusal of the partner portal's, at the status the reason catalogue gives its code. */
export class PartnerPortalException extends ReasonException {
  constructor(code: PartnerPortalErrorCode, detail: string) {
    super(code, detail);
  }

  /** The one answer for a record the partner may not see, existing elsewhere or not at all. */
  static notFound(what: string, id: string): PartnerPortalException {
    return new PartnerPortalException(
      PartnerPortalErrorCode.NOT_FOUND,
      `There is no ${what} ${id}.`,
    );
  }
}
