import { ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { ReasonException } from '@p2c/platform';
import { ThrottlingException } from './throttling.exception';

/**
 * The orchestrator's probes and the metrics scraper: never throttled. They come from a few
 * addresses to every instance, all sharing one budget, and a refused probe restarts a sound pod.
 */
const PROBES: ReadonlySet<string> = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * The throttler, after authentication (it is provided after the security module's guards): counts
 * each client's calls in Redis under its tier's limit, answers `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` (seconds) on every answer, and over the limit
 * `429` problem+json `RATE_LIMITED` with `Retry-After`; `503` when Redis cannot count the call.
 */
@Injectable()
export class ClientThrottlerGuard extends ThrottlerGuard {
  protected override headerPrefix = 'RateLimit';

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof HttpException) throw error;
      throw new ThrottlingException();
    }
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const route = context.switchToHttp().getRequest<FastifyRequest>().routeOptions.url;
    return route !== undefined && PROBES.has(route);
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = String(detail.timeToBlockExpire);
    throw new ReasonException(
      'RATE_LIMITED',
      `Too many requests: at most ${detail.limit} every ${detail.ttl / 1000} s. Try again in ${retryAfter} s.`,
      {},
      {
        'Retry-After': retryAfter,
        'RateLimit-Limit': String(detail.limit),
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': retryAfter,
      },
    );
  }
}
