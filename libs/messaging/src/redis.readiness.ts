import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { ReadinessCheck } from '@p2c/observability';
import { PRODUCER_REDIS } from './redis.tokens';

const PING_TIMEOUT_MS = 1500;

@Injectable()
export class RedisReadiness implements ReadinessCheck {
  constructor(
    private readonly indicator: HealthIndicatorService,
    @Inject(PRODUCER_REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<HealthIndicatorResult> {
    const redis = this.indicator.check('redis');
    try {
      await Promise.race([
        this.redis.ping(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS).unref(),
        ),
      ]);
      return redis.up();
    } catch (error) {
      return redis.down({ message: (error as Error).message });
    }
  }
}
