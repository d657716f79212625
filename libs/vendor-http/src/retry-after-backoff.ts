import type { IBackoff, IBackoffFactory, IRetryBackoffContext } from 'cockatiel';
import { VendorHttpError } from './vendor-http.exception';

type RetryContext = IRetryBackoffContext<unknown>;

/** The vendor's Retry-After when it gave one (capped), the jittered exponential backoff otherwise. */
export class RetryAfterBackoff implements IBackoffFactory<RetryContext> {
  constructor(
    private readonly fallback: IBackoffFactory<RetryContext>,
    private readonly maxDelayMs: number,
  ) {}

  next(context: RetryContext): IBackoff<RetryContext> {
    const fallback = this.fallback.next(context);
    const error = 'error' in context.result ? context.result.error : undefined;
    const retryAfterMs = error instanceof VendorHttpError ? error.retryAfterMs : undefined;
    return {
      duration: Math.min(retryAfterMs ?? fallback.duration, this.maxDelayMs),
      next: (nextContext) => new RetryAfterBackoff(fallback, this.maxDelayMs).next(nextContext),
    };
  }
}
