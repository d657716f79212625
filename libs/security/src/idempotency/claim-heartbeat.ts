import { Inject, Injectable, Logger } from '@nestjs/common';
import { IDEMPOTENCY_OPTIONS, IdempotencyOptions } from './idempotency-options';
import { IdempotencyStore } from './idempotency.store';

/**
 * Renews an in-flight claim every third of its lease while the request runs, so however long the
 * handler takes, the lease only frees the keys of a process that died.
 */
@Injectable()
export class ClaimHeartbeat {
  private readonly logger = new Logger(ClaimHeartbeat.name);

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: IdempotencyOptions,
  ) {}

  /** Starts renewing the claim; returns the stop to call once the request has ended, either way. */
  start(scope: string, key: string, claimToken: string): () => void {
    const everyMs = (this.options.leaseSeconds * 1000) / 3;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      timer = setTimeout(() => void beat(), everyMs).unref();
    };
    const beat = async () => {
      let held = true;
      try {
        held = await this.store.renew(scope, key, claimToken);
      } catch (error) {
        // the next beat tries again, still within the lease
        this.logger.warn({ err: error, scope, key }, 'could not renew an idempotency claim');
      }
      if (stopped) return;
      if (held) return schedule();
      this.logger.error({ scope, key }, 'an idempotency claim was lost while its request ran');
    };
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }
}
