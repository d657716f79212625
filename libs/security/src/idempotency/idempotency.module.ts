import {
  Global,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';

const PRUNE_EVERY_MS = 15 * 60 * 1000;

/** What `@Idempotent()` endpoints need: the key store (TypeORM) and a sweep of expired keys. */
@Global()
@Module({
  providers: [IdempotencyStore, IdempotencyInterceptor],
  exports: [IdempotencyStore, IdempotencyInterceptor],
})
export class IdempotencyModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyModule.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: IdempotencyStore) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), PRUNE_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async prune(): Promise<void> {
    try {
      const pruned = await this.store.pruneExpired();
      if (pruned) this.logger.log(`pruned ${pruned} expired idempotency keys`);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not prune expired idempotency keys');
    }
  }
}
