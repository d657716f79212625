import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A token bucket refilled at `ratePerSecond` up to `capacity`. Takers reserve a token at once and
 * sleep until it is due, so waiting callers are served in arrival order and the bucket may run
 * into debt instead of keeping a queue.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.updatedAt = now();
  }

  async take(): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await sleep(wait);
  }

  /** Takes a token and returns the milliseconds until it may be used. */
  reserve(): number {
    const now = this.now();
    const refill = ((now - this.updatedAt) * this.ratePerSecond) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + refill) - 1;
    this.updatedAt = now;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.ratePerSecond;
  }
}
