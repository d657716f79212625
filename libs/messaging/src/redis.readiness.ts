import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { ReadinessCheck } from '@p2c/observability';
import { PRODUCER_REDIS } from './redis.tokens';
import { withTimeout } from './with-timeout';

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
      await withTimeout(this.redis.ping(), PING_TIMEOUT_MS, () => new Error('ping timed out'));
      return redis.up();
    } catch (error) {
      return redis.down({ message: (error as Error).message });
    }
  }
}
