import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC = 'p2c:isPublic';

/**
 * Opts an endpoint (or controller) out of the global auth guard: health probes, metrics, webhooks.
 * Its OpenAPI operations say so with an empty security requirement (no credentials needed).
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));
