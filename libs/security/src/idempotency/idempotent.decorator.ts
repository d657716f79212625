import { UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Honours the `Idempotency-Key` header on this endpoint (meant for POST): a retry with the same key
 * and body gets the first response again instead of running twice. Needs `IdempotencyModule`.
 */
export const Idempotent = (): MethodDecorator & ClassDecorator =>
  UseInterceptors(IdempotencyInterceptor);
