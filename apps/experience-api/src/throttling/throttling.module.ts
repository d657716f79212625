import { createHash } from 'node:crypto';
import { ExecutionContext, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { ClientThrottlerGuard } from './client-throttler.guard';
import { ThrottleCountsStorage } from './throttle-counts.storage';
import { ThrottleLimits, ThrottleTier, throttledClientOf } from './throttle-tier';

type ThrottledRequest = FastifyRequest & { user?: AuthenticatedPrincipal };

/**
 * Limits per client with the counts in Redis (under REDIS_PREFIX), so every instance of the
 * experience API spends the same budgets. Import it after the GatewayModule.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const tiers = config.getOrThrow<Record<ThrottleTier, ThrottleLimits>>('THROTTLE_TIERS');
        const premium = config.getOrThrow<string[]>('THROTTLE_PREMIUM_PARTNERS');
        // each client's key, hashed once for the calls it keeps making
        const keys = new LRUCache<string, string>({ max: 10_000 });
        const clientOf = (context: ExecutionContext) => {
          const request = context.switchToHttp().getRequest<ThrottledRequest>();
          return throttledClientOf(request.user, request.ip, premium);
        };
        return {
          throttlers: [
            {
              limit: (context) => tiers[clientOf(context).tier].limit,
              ttl: (context) => tiers[clientOf(context).tier].ttlSeconds * 1000,
            },
          ],
          getTracker: (_request, context) => clientOf(context).tracker,
          // one budget per client across every route; subjects may be e-mail addresses, so hashed
          generateKey: (_context, tracker) => {
            let key = keys.get(tracker);
            if (key === undefined) {
              key = createHash('sha256').update(tracker).digest('hex');
              keys.set(tracker, key);
            }
            return key;
          },
          storage: new ThrottleCountsStorage(config.getOrThrow<string>('REDIS_URL'), {
            keyPrefix: `${config.getOrThrow<string>('REDIS_PREFIX')}:throttle:`,
            connectionName: 'experience-api:throttle',
            maxRetriesPerRequest: 1,
            connectTimeout: 2000,
          }),
        };
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ClientThrottlerGuard }],
})
export class ThrottlingModule {}
