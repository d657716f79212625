import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'p2c:isPublic';

/** Opts an endpoint (or controller) out of the global auth guard: health probes, metrics, webhooks. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
