import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { BrokenCircuitError, BulkheadPolicy, bulkhead } from 'cockatiel';
import type Redis from 'ioredis';
import { LocalVendorLimits } from './local-vendor-limits';
import { ACQUIRE_SCRIPT, CIRCUIT_SCRIPT, RELEASE_SCRIPT } from './shared-limits.scripts';
import type { VendorHttpSettings } from './vendor-http-settings';
import { VendorHttpError, VendorHttpErrorKind } from './vendor-http.exception';
import { VendorHttpMetrics, vendorHttpMetrics } from './vendor-http.metrics';
import { CIRCUIT_GAUGE, VendorAttempt, VendorCircuitState, VendorLimits } from './vendor-limits';

/** How long a waiting caller sleeps at most before asking again, in case a release was missed. */
const MAX_POLL_MS = 100;

/** What a lease outlives its call by, so a slow release never frees a slot still in use. */
const LEASE_GRACE_MS = 1000;

type Verdict = 'granted' | 'open' | 'half-open' | 'paused' | 'busy' | 'rate';
type Outcome = 'answered' | 'rate-limited' | 'failed' | 'unknown';

interface LimitsRedis extends Redis {
  vendorAcquire(...args: (string | number)[]): Promise<[Verdict, number]>;
  vendorRelease(...args: (string | number)[]): Promise<VendorCircuitState>;
  vendorCircuit(...args: string[]): Promise<VendorCircuitState>;
}

export interface SharedVendorLimitsOptions {
  /** the app's fail-fast connection for the limits (no offline queue, short timeouts) */
  redis: Redis;
  /** a connection of its own for the release notices (a subscribed connection runs nothing else) */
  subscriber: Redis;
  /** REDIS_PREFIX: deployments and test runs sharing a Redis keep their limits apart */
  prefix: string;
  /** replicas sharing the vendor: each keeps to 1/replicas of the limits while Redis is away */
  replicas: number;
  /** how long a 429 without Retry-After pauses every replica */
  rateLimitedPauseMs: number;
}

/**
 * A vendor's limits held in Redis, so every replica of an app together keeps to them: a
 * concurrency semaphore of leases that lapse after the call's own timeout (a replica killed
 * mid-call frees its slot by itself), a GCRA rate limit, one circuit every replica sees and
 * trips, and a pause a 429 sets for all. Acquiring and releasing are one script each.
 *
 * Why scripts of our own: rate-limiter-flexible covers the rate alone, redis-semaphore the slots
 * alone (polling for a free one), bottleneck's clustering both but is unmaintained since 2019, and
 * none has a shared circuit or pause. Put together they would cost several round trips per call
 * and could not check circuit, pause, slot and rate as one step (a token spent without a slot, a
 * slot taken as the circuit opens).
 *
 * Within a process, calls first queue for one of the vendor's slots in a local bulkhead (of
 * VENDOR_MAX_QUEUED), and one call at a time asks Redis, so waiting costs Redis one request per
 * release per replica, not per waiting call.
 *
 * While Redis cannot be reached the replica falls back to limits of its own, a 1/VENDOR_REPLICAS
 * share of the vendor's, with a warning and vendor_http_limits_shared at 0. Refusing every vendor
 * call instead would keep the vendor just as safe but take every system API down with Redis,
 * reads included, while the process tier's jobs already wait for Redis on their own; the shares
 * keep the replicas together at or under the vendor's ceiling as long as VENDOR_REPLICAS is at
 * least the number of replicas running.
 */
export class SharedVendorLimits implements VendorLimits {
  private readonly logger: Logger;
  private readonly redis: LimitsRedis;
  private readonly keys: [string, string, string];
  private readonly local: BulkheadPolicy;
  private readonly fallback: LocalVendorLimits;
  private readonly metrics: VendorHttpMetrics = vendorHttpMetrics();
  private readonly leaseMs: number;
  private readonly intervalMs: number;
  private turn: Promise<unknown> = Promise.resolve();
  private released?: { promise: Promise<void>; resolve: () => void };
  private shared = true;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly settings: VendorHttpSettings,
    private readonly options: SharedVendorLimitsOptions,
  ) {
    const vendor = settings.vendor;
    this.logger = new Logger(`VendorLimits:${vendor}`);
    // one hash slot for all of a vendor's keys, so the scripts also run on a Redis cluster
    const base = `${options.prefix}:vendor-limits:{${vendor}}`;
    this.keys = [`${base}:leases`, `${base}:state`, `${base}:released`];
    this.leaseMs = settings.timeoutMs + LEASE_GRACE_MS;
    this.intervalMs = settings.ratePerSecond > 0 ? 1000 / settings.ratePerSecond : 0;
    this.local = bulkhead(settings.maxConcurrency, settings.maxQueued);
    this.fallback = new LocalVendorLimits(settings, 1 / options.replicas);
    this.redis = options.redis as LimitsRedis;
    this.redis.defineCommand('vendorAcquire', { numberOfKeys: 2, lua: ACQUIRE_SCRIPT });
    this.redis.defineCommand('vendorRelease', { numberOfKeys: 3, lua: RELEASE_SCRIPT });
    this.redis.defineCommand('vendorCircuit', { numberOfKeys: 2, lua: CIRCUIT_SCRIPT });
    options.subscriber.on('message', (channel: string) => {
      if (channel === this.keys[2]) this.wakeWaiters();
    });
    void options.subscriber.subscribe(this.keys[2]).catch((error: Error) => {
      this.logger.warn(`not notified of released slots, polling instead: ${error.message}`);
    });
    this.metrics.shared.set({ vendor }, 1);
  }

  execute<T>(attempt: VendorAttempt<T>): Promise<T | VendorHttpError> {
    return this.local.execute(async () => {
      const lease = this.shared && (await this.acquire());
      if (!lease) return this.fallback.execute(attempt);
      let outcome: Outcome = 'unknown';
      let retryAfterMs: number | undefined;
      try {
        const result = await attempt();
        outcome = 'answered';
        if (result instanceof VendorHttpError && result.kind === VendorHttpErrorKind.RATE_LIMITED) {
          outcome = 'rate-limited';
          retryAfterMs = result.retryAfterMs;
        }
        return result;
      } catch (error) {
        if (error instanceof VendorHttpError && error.kind === VendorHttpErrorKind.UNAVAILABLE)
          outcome = 'failed';
        throw error;
      } finally {
        await this.release(lease, outcome, retryAfterMs);
      }
    });
  }

  async circuitState(): Promise<VendorCircuitState> {
    if (!this.shared) return this.fallback.circuitState();
    try {
      const state = await this.redis.vendorCircuit(this.keys[0], this.keys[1]);
      this.showCircuit(state);
      return state;
    } catch (error) {
      this.useFallback(error);
      return this.fallback.circuitState();
    }
  }

  async close(): Promise<void> {
    clearInterval(this.retryTimer);
    this.wakeWaiters();
    await this.fallback.close();
  }

  /**
   * A lease id once Redis granted a slot, false when Redis cannot be reached (the caller uses
   * the fallback). Throws BrokenCircuitError while the shared circuit refuses calls.
   */
  private acquire(): Promise<string | false> {
    const mine = this.turn.then(() => this.acquireInTurn());
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  private async acquireInTurn(): Promise<string | false> {
    const lease = randomUUID();
    const vendor = this.settings.vendor;
    const started = performance.now();
    let waited: Verdict | undefined;
    for (;;) {
      if (!this.shared) return false;
      const released = this.releaseNotice();
      let verdict: Verdict;
      let ms: number;
      try {
        [verdict, ms] = await this.redis.vendorAcquire(
          this.keys[0],
          this.keys[1],
          lease,
          this.settings.maxConcurrency,
          this.intervalMs,
          this.settings.rateBurst,
          this.leaseMs,
        );
      } catch (error) {
        this.useFallback(error);
        return false;
      }
      this.useShared();
      if (verdict === 'granted') {
        if (waited) this.metrics.slotWait.observe({ vendor }, (performance.now() - started) / 1000);
        return lease;
      }
      if (verdict === 'open' || verdict === 'half-open') {
        this.showCircuit(verdict);
        throw new BrokenCircuitError();
      }
      if (!waited) this.metrics.slotWaits.inc({ vendor, reason: verdict });
      waited = verdict;
      const pause = sleep(Math.max(1, Math.min(ms, MAX_POLL_MS)));
      // a release frees a slot; a rate or 429 pause only time ends
      await (verdict === 'busy' ? Promise.race([pause, released]) : pause);
    }
  }

  private async release(lease: string, outcome: Outcome, retryAfterMs?: number): Promise<void> {
    // a vendor's Retry-After is capped as a retry's wait is; without one, the configured pause
    const pauseMs =
      retryAfterMs === undefined
        ? this.options.rateLimitedPauseMs
        : Math.min(retryAfterMs, this.settings.retryMaxDelayMs);
    try {
      const state = await this.redis.vendorRelease(
        ...this.keys,
        lease,
        outcome,
        this.settings.breakerThreshold,
        this.settings.breakerHalfOpenAfterMs,
        pauseMs,
      );
      this.showCircuit(state);
    } catch (error) {
      // the lease lapses by itself after leaseMs
      this.logger.warn(`slot not released, it lapses in ${this.leaseMs} ms: ${String(error)}`);
    }
  }

  private releaseNotice(): Promise<void> {
    if (!this.released) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.released = { promise, resolve };
    }
    return this.released.promise;
  }

  private wakeWaiters(): void {
    this.released?.resolve();
    this.released = undefined;
  }

  private useFallback(error: unknown): void {
    if (!this.shared) return;
    this.shared = false;
    this.metrics.shared.set({ vendor: this.settings.vendor }, 0);
    this.logger.warn(
      `Redis unreachable (${String(error)}): keeping to 1/${this.options.replicas} of the vendor's limits in this process`,
    );
    this.retryShared();
  }

  /** While on the fallback, asks Redis again each second and goes back once it answers. */
  private retryShared(): void {
    this.retryTimer = setInterval(() => {
      if (this.redis.status !== 'ready') return;
      clearInterval(this.retryTimer);
      this.useShared();
    }, 1000);
    this.retryTimer.unref();
  }

  private useShared(): void {
    if (this.shared) return;
    this.shared = true;
    this.metrics.shared.set({ vendor: this.settings.vendor }, 1);
    this.logger.log("Redis reachable again: keeping to the vendor's shared limits");
  }

  private showCircuit(state: VendorCircuitState): void {
    this.metrics.circuit.set({ vendor: this.settings.vendor }, CIRCUIT_GAUGE[state]);
  }
}
