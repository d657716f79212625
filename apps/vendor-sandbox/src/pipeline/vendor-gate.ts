/**
 * One vendor's admission limits: a token bucket for requests per second (burst = one second's
 * worth) and a count of requests in flight for the concurrency limit.
 */
export class VendorGate {
  private inFlight = 0;
  private tokens = 0;
  private refilledAt = 0;
  private perSecond: number | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** false: over the per-second limit (0 lets nothing through; undefined means no limit). */
  takeToken(perSecond: number | undefined): boolean {
    if (perSecond === undefined) return true;
    const now = this.now();
    const capacity = Math.max(1, perSecond);
    if (perSecond !== this.perSecond) {
      this.perSecond = perSecond;
      this.tokens = capacity;
    } else
      this.tokens = Math.min(capacity, this.tokens + ((now - this.refilledAt) / 1000) * perSecond);
    this.refilledAt = now;
    if (perSecond <= 0 || this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** false: `limit` requests are already in flight. Every true must be matched by `leave`. */
  enter(limit: number | undefined): boolean {
    if (limit !== undefined && this.inFlight >= limit) return false;
    this.inFlight += 1;
    return true;
  }

  leave(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }
}
