import { ReasonCode } from '@p2c/canonical';
import { ProblemException, ReasonException } from '@p2c/platform';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';

/** Reads the vendor's own explanation (or error code) out of its error body: each dialect has its shape. */
export type VendorMessageReader = (body: unknown) => string | undefined;

/**
 * What a system API answers when a vendor call fails: the reason codes the process tier acts on.
 * `VENDOR_REJECTED` carries the vendor's own message and, when the dialect has one, its error code
 * as `vendorCode` (business rule refusals: a closed period, an inactive customer);
 * `VENDOR_UNAVAILABLE` and `RATE_LIMITED` say "try again later".
 */
export function vendorProblem(
  error: VendorHttpError,
  readMessage: VendorMessageReader,
  readCode: VendorMessageReader = () => undefined,
): ProblemException {
  const vendor = error.vendor.toUpperCase();
  const base = { vendor: error.vendor };
  switch (error.kind) {
    case VendorHttpErrorKind.REJECTED: {
      const message = readMessage(error.body) ?? `HTTP ${error.status}`;
      const vendorCode = readCode(error.body);
      const details = {
        ...base,
        vendorStatus: error.status,
        vendorMessage: message,
        ...(vendorCode ? { vendorCode } : {}),
      };
      if (error.status === 401 || error.status === 403) {
        // The vendor refused the gateway's own credentials: nothing the caller sent is wrong and
        // only an operator can fix it, so callers retry later instead of filing a business case.
        return new ReasonException(
          ReasonCode.VENDOR_UNAVAILABLE,
          `${vendor} refused the gateway's credentials (HTTP ${error.status}); an operator must renew ${vendor}_TOKEN.`,
          { ...details, mayHaveTakenEffect: false },
          { 'retry-after': '30' },
        );
      }
      if (error.status === 404) {
        return new ReasonException(ReasonCode.NOT_FOUND, `${vendor}: ${message}`, base);
      }
      return new ReasonException(
        ReasonCode.VENDOR_REJECTED,
        `${vendor} rejected the request: ${message}`,
        details,
      );
    }
    case VendorHttpErrorKind.RATE_LIMITED: {
      const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 1000) / 1000));
      return new ReasonException(
        ReasonCode.RATE_LIMITED,
        `${vendor} is limiting requests; retry after ${seconds} s.`,
        base,
        { 'retry-after': String(seconds) },
      );
    }
    case VendorHttpErrorKind.RESPONSE_TOO_LARGE:
    case VendorHttpErrorKind.UNAVAILABLE:
      return new ReasonException(
        ReasonCode.VENDOR_UNAVAILABLE,
        `${vendor} is unavailable (${error.kind === VendorHttpErrorKind.UNAVAILABLE ? 'no usable answer' : 'answer too large'}); retry later.`,
        { ...base, mayHaveTakenEffect: error.mayHaveTakenEffect },
        { 'retry-after': '5' },
      );
  }
}
