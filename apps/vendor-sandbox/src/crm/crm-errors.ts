import { VendorErrorReply, VendorErrors } from '../pipeline/vendor-errors';
import { VendorHttpException } from '../pipeline/vendor-http.exception';

/** `[{"message","errorCode","fields"?}]`, the CRM's error array. */
export function crmError(
  status: number,
  errorCode: string,
  message: string,
  fields?: string[],
): VendorErrorReply {
  return { status, body: [{ message, errorCode, ...(fields ? { fields } : {}) }] };
}

export function crmFailure(
  status: number,
  errorCode: string,
  message: string,
  fields?: string[],
): VendorHttpException {
  return new VendorHttpException(crmError(status, errorCode, message, fields));
}

export const crmErrors: VendorErrors = {
  unauthorized: () => crmError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
  tooManyRequests: (cause) =>
    crmError(
      429,
      'REQUEST_LIMIT_EXCEEDED',
      cause === 'concurrency'
        ? 'ConcurrentPerOrgLongTxn Limit exceeded.'
        : 'TotalRequests Limit exceeded.',
    ),
  serverError: (status) =>
    status === 503 || status === 504
      ? crmError(status, 'SERVER_UNAVAILABLE', 'Server temporarily unavailable.')
      : crmError(status, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please try again.'),
};
