import { VendorErrorReply, VendorErrors } from '../pipeline/vendor-errors';

/** `{error, errors:[{error, field?}]}`, the HCM's error body. */
export function hcmError(status: number, error: string, field?: string): VendorErrorReply {
  return { status, body: { error, errors: [{ error, ...(field ? { field } : {}) }] } };
}

export const hcmErrors: VendorErrors = {
  unauthorized: () => hcmError(401, 'invalid access token'),
  tooManyRequests: () => hcmError(429, 'too many requests'),
  serverError: (status) =>
    hcmError(status, status === 503 ? 'service unavailable' : 'internal server error'),
};
