import { ProblemException } from '@p2c/platform';
import { VendorHttpError, VendorHttpErrorKind, vendorProblem } from '@p2c/vendor-http';

/** The HCM's own explanation out of its error body `{error, errors:[{error, field?}]}`. */
export function readHcmMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, errors } = body as { error?: unknown; errors?: { error?: unknown }[] };
  if (typeof error === 'string' && error) return error;
  const first = Array.isArray(errors) ? errors[0]?.error : undefined;
  return typeof first === 'string' && first ? first : undefined;
}

/**
 * What system-hcm answers for a failed HCM call. A 401/403 means the HCM refused the gateway's
 * own credentials: nothing the caller sent is wrong and only an operator can fix it, so it is
 * VENDOR_UNAVAILABLE (503), not VENDOR_REJECTED.
 */
export function hcmProblem(error: VendorHttpError): ProblemException {
  if (error.kind === VendorHttpErrorKind.REJECTED && (error.status === 401 || error.status === 403))
    return new ProblemException(
      503,
      'VENDOR_UNAVAILABLE',
      `HCM refused the gateway's credentials (HTTP ${error.status}); an operator must renew HCM_TOKEN.`,
      { vendor: 'hcm', vendorStatus: error.status, mayHaveTakenEffect: false },
      { 'retry-after': '60' },
    );
  return vendorProblem(error, readHcmMessage);
}

/** The HCM answered 2xx with a body that is not what its API promises. */
export function unexpectedHcmAnswer(what: string): ProblemException {
  return new ProblemException(
    503,
    'VENDOR_UNAVAILABLE',
    `HCM answered ${what} in an unexpected shape; retry later or check HCM_BASE_URL.`,
    { vendor: 'hcm', mayHaveTakenEffect: false },
    { 'retry-after': '5' },
  );
}
