import { ReasonException } from '@p2c/platform';

/** Why process-onboarding refuses a request (problem+json `code`). */
export enum ProcessOnboardingErrorCode {
  /** no onboarding with that id */
  NOT_FOUND = 'NOT_FOUND',
  /** the CRM has no such opportunity */
  OPPORTUNITY_NOT_FOUND = 'OPPORTUNITY_NOT_FOUND',
  /** the deal is not closed won yet */
  OPPORTUNITY_NOT_WON = 'OPPORTUNITY_NOT_WON',
  /** the onboarding has no failed step: it is running or complete */
  NOTHING_TO_RETRY = 'NOTHING_TO_RETRY',
  /** the exception case names no onboarding to resume */
  NOT_RETRYABLE = 'NOT_RETRYABLE',
  /** the CRM could not be read just now */
  VENDOR_UNAVAILABLE = 'VENDOR_UNAVAILABLE',
}

/** A refusal of process-onboarding's, at the status the reason catalogue gives its code. */
export class ProcessOnboardingException extends ReasonException {
  constructor(
    code: ProcessOnboardingErrorCode,
    detail: string,
    extensions: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(code, detail, extensions, headers);
  }
}
