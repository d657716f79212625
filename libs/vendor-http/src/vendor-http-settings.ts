import type { VendorName } from './vendor-name';

/** Everything one vendor's client needs, resolved from config (see vendorHttpSettings). */
export interface VendorHttpSettings {
  vendor: VendorName;
  /** scheme, host and path prefix every request path is appended to */
  baseUrl: string;
  /** sent as `Authorization: Bearer <token>`; never logged or put in an error */
  token: string;
  /** per attempt, from sending the request to the last byte of the response */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** requests on the wire at once; the excess waits in a queue of maxQueued */
  maxConcurrency: number;
  maxQueued: number;
  /** token bucket: refill rate (0 = no rate limit) and how many may go at once */
  ratePerSecond: number;
  rateBurst: number;
  /** retries after the first attempt, only for failures worth retrying */
  maxRetries: number;
  retryBaseDelayMs: number;
  /** caps both the backoff and a vendor's Retry-After */
  retryMaxDelayMs: number;
  /** consecutive failures that open the circuit, and how long it stays open before a probe */
  breakerThreshold: number;
  breakerHalfOpenAfterMs: number;
  maxResponseBytes: number;
}
