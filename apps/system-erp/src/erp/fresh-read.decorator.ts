import { ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/**
 * True when the caller sent `Cache-Control: no-cache`: answer from the ERP's current data, not
 * the briefly cached reference data (a workbench retry right after someone fixed the ERP).
 */
export const FreshRead = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['cache-control'];
  return /\bno-cache\b/i.test(String(header ?? ''));
});

/** Documents the `Cache-Control: no-cache` a cached read honours. */
export function ApiFreshRead(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Cache-Control',
      required: false,
      description:
        '`no-cache` reads the ERP again instead of the reference data cached for up to ERP_REFERENCE_CACHE_TTL_MS',
      schema: { type: 'string', example: 'no-cache' },
    }),
  );
}
