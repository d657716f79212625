/**
 * How a vendor answers the failures the shared vendor pipeline (auth, rate and concurrency
 * limits, injected errors and timeouts) produces. Each dialect exports one object of this type
 * from `src/<vendor>/<vendor>-errors.ts`, e.g. `export const psaErrors: VendorErrors = {…}`, and
 * throws `VendorHttpException` with a reply of its own shape for its other errors (404, 422, …).
 */
export interface VendorErrorReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type TooManyRequestsCause = 'rate' | 'concurrency';

export interface VendorErrors {
  /** 401: the bearer token is missing or not the vendor's. */
  unauthorized(): VendorErrorReply;
  /** 429 (or the vendor's own status): over the per-second or the concurrency limit. */
  tooManyRequests(cause: TooManyRequestsCause): VendorErrorReply;
  /** An injected 5xx (500, 502, 503), 504 after a held (timed-out) request, 500 on a crash. */
  serverError(status: number): VendorErrorReply;
}
