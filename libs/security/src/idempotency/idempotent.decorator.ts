import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Honours the `Idempotency-Key` header on this endpoint (meant for POST): a retry with the same key
 * and body gets the first response again instead of running twice. Needs `IdempotencyModule.forRoot()`.
 */
export const Idempotent = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes retries safe: the same key with the same request replays the first response ' +
        '(header Idempotent-Replayed: true) for 24 h; with another request it is refused (422), ' +
        'and while the first is running it is busy (409). 1-255 printable ASCII characters.',
    }),
    UseInterceptors(IdempotencyInterceptor),
  );
