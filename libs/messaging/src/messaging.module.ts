import { Global, Inject, Module, OnApplicationShutdown, DynamicModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';
import { createRedisConnection } from './redis-connection';
import { PRODUCER_REDIS } from './redis.tokens';

@Global()
@Module({})
export class MessagingModule implements OnApplicationShutdown {
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
      ],
      exports: [PRODUCER_REDIS],
    };
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
