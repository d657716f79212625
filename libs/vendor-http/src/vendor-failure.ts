import { parseRetryAfter } from './retry-after';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';
import type { VendorName } from './vendor-name';
import type { VendorHttpMethod } from './vendor-request';

/** Which call failed, for the error's message and fields. */
export interface VendorCall {
  vendor: VendorName;
  method: VendorHttpMethod;
  path: string;
  attempt: number;
}

/** Connections that failed before a byte of the request was sent. */
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

/** undici's complaints about the request itself: a caller's bug, not the vendor's state. */
const CALLER_BUGS = new Set([
  'UND_ERR_INVALID_ARG',
  'UND_ERR_INVALID_RETURN_VALUE',
  'UND_ERR_NOT_SUPPORTED',
]);

/** The error for a vendor's answer other than 2xx. */
export function answerFailure(
  call: VendorCall,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: unknown,
): VendorHttpError {
  const answer = { ...call, attempts: call.attempt, status, body, reason: `HTTP ${status}` };
  if (status === 429)
    return new VendorHttpError({
      ...answer,
      kind: VendorHttpErrorKind.RATE_LIMITED,
      mayHaveTakenEffect: false,
      retryAfterMs: parseRetryAfter(headers['retry-after']),
    });
  if (status >= 500)
    return new VendorHttpError({
      ...answer,
      kind: VendorHttpErrorKind.UNAVAILABLE,
      mayHaveTakenEffect: true,
      retryAfterMs: parseRetryAfter(headers['retry-after']),
    });
  return new VendorHttpError({
    ...answer,
    kind: VendorHttpErrorKind.REJECTED,
    mayHaveTakenEffect: false,
  });
}

/** AbortSignal.timeout's DOMException (by name: it may come from another realm than Error). */
export function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | undefined)?.name === 'TimeoutError';
}

/**
 * The error for a call that got no usable answer (timeout, connection failure, oversized or
 * malformed body). Anything else is a bug in the caller or here, and is thrown as it is.
 */
export function transportFailure(
  call: VendorCall,
  error: unknown,
  limits: { timeoutMs: number; maxResponseBytes: number },
): VendorHttpError {
  const failure = { ...call, attempts: call.attempt, cause: error };
  const code = (error as { code?: unknown } | undefined)?.code;
  if (isTimeout(error))
    return new VendorHttpError({
      ...failure,
      kind: VendorHttpErrorKind.UNAVAILABLE,
      reason: `no answer within ${limits.timeoutMs} ms`,
      mayHaveTakenEffect: true,
    });
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE')
    return new VendorHttpError({
      ...failure,
      kind: VendorHttpErrorKind.RESPONSE_TOO_LARGE,
      reason: `response larger than ${limits.maxResponseBytes} bytes`,
      mayHaveTakenEffect: true,
    });
  if (error instanceof SyntaxError)
    return new VendorHttpError({
      ...failure,
      kind: VendorHttpErrorKind.UNAVAILABLE,
      reason: 'malformed JSON in the response',
      mayHaveTakenEffect: true,
    });
  if (typeof code !== 'string' || CALLER_BUGS.has(code)) throw error;
  return new VendorHttpError({
    ...failure,
    kind: VendorHttpErrorKind.UNAVAILABLE,
    reason: `connection failed (${code})`,
    mayHaveTakenEffect: !NEVER_SENT.has(code),
  });
}
