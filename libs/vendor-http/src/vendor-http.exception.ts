import type { VendorName } from './vendor-name';

export enum VendorHttpErrorKind {
  /** the vendor answered with a 3xx or 4xx other than 429: its status and body say why */
  REJECTED = 'REJECTED',
  /** 5xx after retries, a timeout, a connection failure, an open circuit or a full queue */
  UNAVAILABLE = 'UNAVAILABLE',
  /** 429 after retries; retryAfterMs is set when the vendor said how long to wait */
  RATE_LIMITED = 'RATE_LIMITED',
  /** the response grew past VENDOR_MAX_RESPONSE_BYTES and was cut off */
  RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE',
}

export interface VendorHttpErrorDetails {
  kind: VendorHttpErrorKind;
  vendor: VendorName;
  method: string;
  /** the request path without its query (queries may hold personal data) */
  path: string;
  /** what went wrong, without secrets or the vendor's own text */
  reason: string;
  /**
   * false when the vendor provably did nothing (4xx, 429, connection refused, circuit open);
   * true after a 5xx, a timeout or a dropped connection: the vendor may have acted on it
   */
  mayHaveTakenEffect: boolean;
  attempts: number;
  status?: number;
  body?: unknown;
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The one error a vendor call fails with. A system API maps REJECTED from the vendor's status and
 * body; a caller that repeats a non-idempotent request after UNAVAILABLE checks
 * mayHaveTakenEffect first and looks before it creates again.
 */
export class VendorHttpError extends Error {
  readonly kind: VendorHttpErrorKind;
  readonly vendor: VendorName;
  readonly method: string;
  readonly path: string;
  readonly mayHaveTakenEffect: boolean;
  readonly attempts: number;
  readonly status?: number;
  readonly body?: unknown;
  readonly retryAfterMs?: number;

  constructor(details: VendorHttpErrorDetails) {
    const tries = details.attempts === 1 ? '1 attempt' : `${details.attempts} attempts`;
    super(
      `${details.vendor} ${details.method} ${details.path}: ${details.reason} (${details.kind}, ${tries})`,
      { cause: details.cause },
    );
    this.name = 'VendorHttpError';
    this.kind = details.kind;
    this.vendor = details.vendor;
    this.method = details.method;
    this.path = details.path;
    this.mayHaveTakenEffect = details.mayHaveTakenEffect;
    this.attempts = details.attempts;
    this.status = details.status;
    this.body = details.body;
    this.retryAfterMs = details.retryAfterMs;
  }
}
