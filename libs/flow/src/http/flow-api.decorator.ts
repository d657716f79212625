import { Controller, applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';

/**
 * A flow app's controller of one resource (`/kpis`, `/billing-runs`, …): behind a bearer token
 * with one of the roles, documented with the answers a caller without them gets.
 */
export function FlowApi(path: string, ...roles: Role[]) {
  return applyDecorators(
    ApiTags(path),
    ApiBearerAuth(),
    Roles(...roles),
    Controller(path),
    ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' }),
    ApiForbiddenResponse({
      description: `problem+json FORBIDDEN: the token has none of the roles ${roles.join(', ')}`,
    }),
  );
}
