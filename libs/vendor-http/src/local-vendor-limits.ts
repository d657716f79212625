import {
  BulkheadPolicy,
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  bulkhead,
  circuitBreaker,
  handleWhen,
} from 'cockatiel';
import { TokenBucket } from './token-bucket';
import type { VendorHttpSettings } from './vendor-http-settings';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';
import { vendorHttpMetrics } from './vendor-http.metrics';
import { CIRCUIT_GAUGE, VendorAttempt, VendorCircuitState, VendorLimits } from './vendor-limits';

const CIRCUIT_STATES: Record<CircuitState, VendorCircuitState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/**
 * A vendor's limits kept in this process alone: a concurrency cap with a bounded queue, a
 * circuit breaker and a token bucket. `share` is this process's part of the vendor's limits
 * (1 alone, 1/N as one of N replicas that cannot reach their shared limits).
 */
export class LocalVendorLimits implements VendorLimits {
  private readonly bulkhead: BulkheadPolicy;
  private readonly breaker: CircuitBreakerPolicy;
  private readonly bucket?: TokenBucket;

  constructor(settings: VendorHttpSettings, share = 1) {
    this.bulkhead = bulkhead(
      Math.max(1, Math.floor(settings.maxConcurrency * share)),
      settings.maxQueued,
    );
    this.breaker = circuitBreaker(
      handleWhen((e) => e instanceof VendorHttpError && e.kind === VendorHttpErrorKind.UNAVAILABLE),
      {
        breaker: new ConsecutiveBreaker(settings.breakerThreshold),
        halfOpenAfter: settings.breakerHalfOpenAfterMs,
      },
    );
    const circuit = vendorHttpMetrics().circuit;
    circuit.set({ vendor: settings.vendor }, CIRCUIT_GAUGE.closed);
    this.breaker.onStateChange((state) =>
      circuit.set({ vendor: settings.vendor }, CIRCUIT_GAUGE[CIRCUIT_STATES[state]]),
    );
    if (settings.ratePerSecond > 0)
      this.bucket = new TokenBucket(
        settings.ratePerSecond * share,
        Math.max(1, Math.floor(settings.rateBurst * share)),
      );
  }

  execute<T>(attempt: VendorAttempt<T>): Promise<T | VendorHttpError> {
    return this.bulkhead.execute(() =>
      this.breaker.execute(async () => {
        await this.bucket?.take();
        return attempt();
      }),
    );
  }

  circuitState(): Promise<VendorCircuitState> {
    return Promise.resolve(CIRCUIT_STATES[this.breaker.state]);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
