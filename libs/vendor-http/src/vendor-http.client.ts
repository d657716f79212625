import { randomUUID } from 'node:crypto';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  ExponentialBackoff,
  RetryPolicy,
  handleWhen,
  retry,
} from 'cockatiel';
import { Pool } from 'undici';
import { CORRELATION_HEADER, currentCorrelationId } from '@p2c/observability';
import { LocalVendorLimits } from './local-vendor-limits';
import { RetryAfterBackoff } from './retry-after-backoff';
import { VendorCall, answerFailure, isTimeout, transportFailure } from './vendor-failure';
import type { VendorHttpSettings } from './vendor-http-settings';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';
import { VendorHttpMetrics, vendorHttpMetrics } from './vendor-http.metrics';
import type { VendorCircuitState, VendorLimits } from './vendor-limits';
import type { VendorName } from './vendor-name';
import type { VendorQuery, VendorRequest, VendorResponse } from './vendor-request';

interface Prepared {
  url: string;
  call: Omit<VendorCall, 'attempt'>;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * The one way to call a vendor: bearer token and correlation id on every request, per-attempt
 * timeouts, retries with jittered backoff that honour Retry-After, the vendor's limits
 * (a concurrency cap with a bounded queue, a rate limit, a circuit breaker: this process's own
 * unless `limits` shares them, see SharedVendorLimits) and a response size cap.
 *
 * An attempt runs: concurrency slot → circuit → rate limit → HTTP. Retries wrap the whole
 * attempt, so a request waiting out its backoff holds no slot and every attempt counts towards
 * the circuit.
 */
export class VendorHttpClient {
  readonly vendor: VendorName;
  private readonly origin: string;
  private readonly basePath: string;
  private readonly pool: Pool;
  private readonly limits: VendorLimits;
  private readonly retryIdempotent: RetryPolicy;
  private readonly retryNonIdempotent: RetryPolicy;
  private readonly metrics: VendorHttpMetrics = vendorHttpMetrics();

  constructor(
    private readonly settings: VendorHttpSettings,
    limits?: VendorLimits,
  ) {
    this.vendor = settings.vendor;
    const base = new URL(settings.baseUrl);
    this.origin = base.origin;
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.pool = new Pool(this.origin, {
      connections: settings.maxConcurrency,
      connect: { timeout: settings.connectTimeoutMs },
      maxResponseSize: settings.maxResponseBytes,
    });
    this.limits = limits ?? new LocalVendorLimits(settings);
    const backoff = new RetryAfterBackoff(
      new ExponentialBackoff({
        initialDelay: settings.retryBaseDelayMs,
        maxDelay: settings.retryMaxDelayMs,
      }),
      settings.retryMaxDelayMs,
    );
    const retryWhen = (idempotent: boolean) =>
      retry(
        handleWhen((e) => isRetryable(e, idempotent)),
        { maxAttempts: settings.maxRetries, backoff },
      );
    this.retryIdempotent = retryWhen(true);
    this.retryNonIdempotent = retryWhen(false);
  }

  /** The vendor's circuit as every caller of this client finds it now. */
  circuitState(): Promise<VendorCircuitState> {
    return this.limits.circuitState();
  }

  /** Resolves with any 2xx answer; everything else rejects with a VendorHttpError. */
  async request<T = unknown>(request: VendorRequest): Promise<VendorResponse<T>> {
    const prepared = this.prepare(request);
    const idempotent = request.idempotent ?? request.method !== 'POST';
    const policy = idempotent ? this.retryIdempotent : this.retryNonIdempotent;
    const labels = { vendor: this.vendor, method: request.method };
    try {
      const response = await policy.execute(({ attempt }) => this.attempt(prepared, attempt + 1));
      this.metrics.outcomes.inc({ ...labels, outcome: 'success' });
      return response as VendorResponse<T>;
    } catch (error) {
      if (error instanceof VendorHttpError)
        this.metrics.outcomes.inc({ ...labels, outcome: error.kind.toLowerCase() });
      throw error;
    }
  }

  /** Waits for requests on the wire, then closes the connections. */
  async close(): Promise<void> {
    await this.pool.close();
    await this.limits.close();
  }

  private async attempt(prepared: Prepared, attempt: number): Promise<VendorResponse> {
    const call = { ...prepared.call, attempt };
    if (attempt > 1) this.metrics.retries.inc({ vendor: this.vendor, method: call.method });
    try {
      const result = await this.limits.execute(() =>
        this.send(prepared, call).catch(keepIfVendorAnswered),
      );
      if (result instanceof VendorHttpError) throw result;
      return result;
    } catch (error) {
      if (error instanceof BrokenCircuitError)
        throw refused(call, error, 'circuit open: the vendor failed repeatedly');
      if (error instanceof BulkheadRejectedError)
        throw refused(call, error, 'too many requests waiting for the vendor');
      throw error;
    }
  }

  private async send(prepared: Prepared, call: VendorCall): Promise<VendorResponse> {
    const vendor = this.vendor;
    const endTimer = this.metrics.duration.startTimer({ vendor, method: call.method });
    let status = 'error';
    this.metrics.inFlight.inc({ vendor });
    try {
      const response = await this.pool.request({
        path: prepared.url,
        method: call.method,
        headers: prepared.headers,
        body: prepared.body,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      status = String(response.statusCode);
      if (response.statusCode === 429) this.metrics.rateLimited.inc({ vendor });
      const text = await response.body.text();
      const contentType = response.headers['content-type'];
      if (response.statusCode >= 200 && response.statusCode < 300)
        return {
          status: response.statusCode,
          headers: response.headers,
          body: decode(contentType, text),
        };
      throw answerFailure(
        call,
        response.statusCode,
        response.headers,
        decodeLeniently(contentType, text),
      );
    } catch (error) {
      if (error instanceof VendorHttpError) throw error;
      if (isTimeout(error)) status = 'timeout';
      throw transportFailure(call, error, this.settings);
    } finally {
      this.metrics.inFlight.dec({ vendor });
      endTimer({ status });
    }
  }

  private prepare(request: VendorRequest): Prepared {
    const url = this.urlOf(request.path, request.query);
    const json = request.body !== undefined && !isRaw(request.body);
    const callerHeaders = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    return {
      url: url.pathname + url.search,
      call: { vendor: this.vendor, method: request.method, path: url.pathname },
      headers: {
        accept: 'application/json',
        ...(json ? { 'content-type': 'application/json' } : {}),
        ...callerHeaders,
        authorization: `Bearer ${this.settings.token}`,
        // one id for every attempt, so the vendor's logs and ours line up
        [CORRELATION_HEADER]: currentCorrelationId() ?? randomUUID(),
      },
      body: json ? JSON.stringify(request.body) : (request.body as string | Uint8Array | undefined),
    };
  }

  private urlOf(path: string, query: VendorQuery = {}): URL {
    const url = /^https?:\/\//i.test(path)
      ? new URL(path)
      : new URL(this.basePath + (path.startsWith('/') ? path : `/${path}`), this.origin);
    // the bearer token must never travel to a host a vendor's response named
    if (url.origin !== this.origin)
      throw new Error(`${this.vendor}: refusing to call ${url.origin}, not the vendor's origin`);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value])
        url.searchParams.append(name, String(item));
    }
    return url;
  }
}

function isRaw(body: unknown): body is string | Uint8Array {
  return typeof body === 'string' || body instanceof Uint8Array;
}

function isJson(contentType: string | string[] | undefined): boolean {
  return /[/+]json\b/i.test(String(contentType ?? ''));
}

function decode(contentType: string | string[] | undefined, text: string): unknown {
  if (text === '') return undefined;
  return isJson(contentType) ? JSON.parse(text) : text;
}

/** An error answer's body is for diagnosis: keep it as text when it is not the JSON it claims. */
function decodeLeniently(contentType: string | string[] | undefined, text: string): unknown {
  try {
    return decode(contentType, text);
  } catch {
    return text;
  }
}

/**
 * The vendor answered, so it is up: its circuit counts the call as a success and the error is
 * thrown past the breaker instead of through it.
 */
function keepIfVendorAnswered(error: unknown): VendorHttpError {
  if (error instanceof VendorHttpError && error.kind !== VendorHttpErrorKind.UNAVAILABLE)
    return error;
  throw error;
}

function refused(call: VendorCall, cause: Error, reason: string): VendorHttpError {
  return new VendorHttpError({
    ...call,
    attempts: call.attempt,
    kind: VendorHttpErrorKind.UNAVAILABLE,
    reason,
    mayHaveTakenEffect: false,
    cause,
  });
}

/**
 * 5xx, 429 and transport failures are worth another attempt; a request that may have reached the
 * vendor only when repeating it is harmless. An open circuit fails fast: that is its purpose.
 */
function isRetryable(error: Error, idempotent: boolean): boolean {
  if (!(error instanceof VendorHttpError) || error.cause instanceof BrokenCircuitError)
    return false;
  const transient =
    error.kind === VendorHttpErrorKind.UNAVAILABLE ||
    error.kind === VendorHttpErrorKind.RATE_LIMITED;
  return transient && (idempotent || !error.mayHaveTakenEffect);
}
