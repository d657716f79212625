import {
  DynamicModule,
  Global,
  Inject,
  Module,
  OnApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';
import { QueueFactory } from './queue-factory';
import { createRedisConnection } from './redis-connection';
import { assertRedisNoEviction } from './redis-eviction-policy';
import { PRODUCER_REDIS } from './redis.tokens';

/**
 * The app's Redis: the fail-fast producer connection and the queue factory. Refuses to start when
 * Redis could evict queued jobs (maxmemory-policy other than noeviction).
 */
@Global()
@Module({})
export class MessagingModule implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(PRODUCER_REDIS) private readonly redis: Redis) {}

  static forRoot(app: string): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        {
          provide: PRODUCER_REDIS,
          inject: [ConfigService],
          useFactory: (config: ConfigService) =>
            createRedisConnection(config.getOrThrow<string>('REDIS_URL'), 'producer', app),
        },
        {
          provide: QueueFactory,
          inject: [ConfigService, PRODUCER_REDIS],
          useFactory: (config: ConfigService, producer: Redis) =>
            new QueueFactory({
              redisUrl: config.getOrThrow<string>('REDIS_URL'),
              prefix: config.getOrThrow<string>('REDIS_PREFIX'),
              app,
              producer,
              schedulerCheckMs: config.get<number>('SCHEDULER_CHECK_MS'),
            }),
        },
      ],
      exports: [PRODUCER_REDIS, QueueFactory],
    };
  }

  async onModuleInit(): Promise<void> {
    try {
      await assertRedisNoEviction(this.redis);
    } catch (error) {
      // the app will not start, and a failed start never reaches the shutdown hooks
      this.redis.disconnect();
      throw error;
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
