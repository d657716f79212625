import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * The request's Idempotency-Key (already checked by `@Idempotent()`), for passing on. Unlike
 * `@Headers()`, it adds nothing to the OpenAPI document, which `@Idempotent()` documents.
 */
export const IdempotencyKey = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const key = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
    return typeof key === 'string' ? key : undefined;
  },
);
