import {
  DynamicModule,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ClaimHeartbeat } from './claim-heartbeat';
import {
  IDEMPOTENCY_LEASE_SECONDS,
  IDEMPOTENCY_OPTIONS,
  IdempotencyOptions,
} from './idempotency-options';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';

const PRUNE_EVERY_MS = 15 * 60 * 1000;

/**
 * What `@Idempotent()` endpoints need: the key store (TypeORM), the renewal of in-flight claims and
 * a sweep of expired keys.
 */
@Module({})
export class IdempotencyModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyModule.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: IdempotencyStore) {}

  static forRoot(options: Partial<IdempotencyOptions> = {}): DynamicModule {
    return {
      module: IdempotencyModule,
      global: true,
      providers: [
        {
          provide: IDEMPOTENCY_OPTIONS,
          useValue: { leaseSeconds: IDEMPOTENCY_LEASE_SECONDS, ...options },
        },
        IdempotencyStore,
        ClaimHeartbeat,
        IdempotencyInterceptor,
      ],
      // a controller's module builds the interceptor of `@Idempotent()` from these
      exports: [IdempotencyStore, ClaimHeartbeat, IdempotencyInterceptor],
    };
  }

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
