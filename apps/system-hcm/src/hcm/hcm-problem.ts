import type { ProblemException } from '@p2c/platform';
import { VendorHttpError, vendorProblem } from '@p2c/vendor-http';
import { SystemHcmErrorCode, SystemHcmException } from './system-hcm.exception';

/** The HCM's own explanation out of its error body `{error, errors:[{error, field?}]}`. */
export function readHcmMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, errors } = body as { error?: unknown; errors?: { error?: unknown }[] };
  if (typeof error === 'string' && error) return error;
  const first = Array.isArray(errors) ? errors[0]?.error : undefined;
  return typeof first === 'string' && first ? first : undefined;
}

/** What system-hcm answers for a failed HCM call. */
export function hcmProblem(error: VendorHttpError): ProblemException {
  return vendorProblem(error, readHcmMessage);
}

/** The HCM answered 2xx with a body that is not what its API promises. */
export function unexpectedHcmAnswer(what: string): SystemHcmException {
  return new SystemHcmException(
    SystemHcmErrorCode.VENDOR_UNAVAILABLE,
    `HCM answered ${what} in an unexpected shape; retry later or check HCM_BASE_URL.`,
    { vendor: 'hcm', mayHaveTakenEffect: false },
    { 'retry-after': '5' },
  );
}
