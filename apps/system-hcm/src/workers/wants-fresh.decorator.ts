import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** True when the caller sent `Cache-Control: no-cache`: read the HCM again, not the cache. */
export const WantsFresh = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['cache-control'];
  return /\bno-cache\b/i.test(header ?? '');
});
