/** What a vendor was asked to carry since the sandbox started or its usage was last cleared. */
export interface VendorUsage {
  inFlight: number;
  /** the most requests at once the vendor was asked to serve: those in flight and the newcomer */
  peakInFlight: number;
  /** requests admitted past both limits */
  admitted: number;
  /** 429s answered, by the limit refusing them */
  refused: { rate: number; concurrency: number };
}

/**
 * One vendor's admission limits: a token bucket for requests per second (burst = one second's
 * worth) and a count of requests in flight for the concurrency limit, with what they saw.
 */
export class VendorGate {
  private inFlight = 0;
  private peak = 0;
  private admitted = 0;
  private refused = { rate: 0, concurrency: 0 };
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
    if (perSecond <= 0 || this.tokens < 1) {
      this.refused.rate += 1;
      return false;
    }
    this.tokens -= 1;
    return true;
  }

  /** false: `limit` requests are already in flight. Every true must be matched by `leave`. */
  enter(limit: number | undefined): boolean {
    this.peak = Math.max(this.peak, this.inFlight + 1);
    if (limit !== undefined && this.inFlight >= limit) {
      this.refused.concurrency += 1;
      return false;
    }
    this.inFlight += 1;
    this.admitted += 1;
    return true;
  }

  leave(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  get usage(): VendorUsage {
    return {
      inFlight: this.inFlight,
      peakInFlight: this.peak,
      admitted: this.admitted,
      refused: { ...this.refused },
    };
  }

  /** Starts counting afresh; the peak starts from the requests in flight now. */
  clearUsage(): void {
    this.peak = this.inFlight;
    this.admitted = 0;
    this.refused = { rate: 0, concurrency: 0 };
  }
}
