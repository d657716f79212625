import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { VendorErrorReply, VendorErrors } from '../pipeline/vendor-errors';

export type PsaErrorType = 'validation' | 'oauth' | 'system';

export interface PsaErrorItem {
  type: PsaErrorType;
  message: string;
  field?: string;
}

/** The Kantata error body: `{"errors":[{"type","message","field"?}]}`. */
export function psaError(
  status: number,
  type: PsaErrorType,
  message: string,
  field?: string,
): VendorErrorReply {
  return { status, body: { errors: [field ? { type, message, field } : { type, message }] } };
}

/** 422 naming every invalid field at once, as the vendor does. */
export function psaValidationError(errors: { message: string; field?: string }[]) {
  return new VendorHttpException({
    status: 422,
    body: { errors: errors.map((error) => ({ type: 'validation', ...error })) },
  });
}

export function psaNotFound(what: string) {
  return new VendorHttpException(psaError(404, 'system', `${what} not found`));
}

/** How the PSA answers the shared vendor pipeline's failures: no Retry-After on a 429. */
export const psaErrors: VendorErrors = {
  unauthorized: () => psaError(401, 'oauth', 'Invalid OAuth 2 Request'),
  tooManyRequests: () => psaError(429, 'system', 'Rate limit exceeded. Please try again later.'),
  serverError: (status) =>
    psaError(status, 'system', 'We encountered an error while processing your request.'),
};
