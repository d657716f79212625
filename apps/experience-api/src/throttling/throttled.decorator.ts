import { applyDecorators } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

const integerHeader = (description: string) => ({ description, schema: { type: 'integer' } });

/**
 * Documents what the throttle guard answers on a controller's routes, so partner clients know to
 * expect it: every answer carries `RateLimit-*`, and over the limit a 429 with `Retry-After`.
 */
export const Throttled = (): ClassDecorator =>
  applyDecorators(
    ApiTooManyRequestsResponse({
      description:
        'problem+json RATE_LIMITED: the caller (its partner, or its user) spent its tier’s ' +
        'budget; try again after Retry-After seconds. Every answer carries the RateLimit-* headers.',
      headers: {
        'Retry-After': integerHeader('seconds until the budget is renewed'),
        'RateLimit-Limit': integerHeader('calls the tier allows per window'),
        'RateLimit-Remaining': integerHeader('calls left in this window'),
        'RateLimit-Reset': integerHeader('seconds until the window ends'),
      },
    }),
  );
