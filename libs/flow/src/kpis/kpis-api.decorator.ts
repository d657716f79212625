import { Controller, Get, Type, applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';

/** A flow app's `/kpis` controller, readable by the given roles. */
export function KpisApi(...roles: Role[]) {
  return applyDecorators(
    ApiTags('kpis'),
    ApiBearerAuth(),
    Roles(...roles),
    Controller('kpis'),
    ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' }),
    ApiForbiddenResponse({
      description: `problem+json FORBIDDEN: the token has none of the roles ${roles.join(', ')}`,
    }),
  );
}

export interface KpisRouteOptions {
  type: Type<unknown>;
  operationId?: string;
  summary: string;
  description?: string;
}

/** `GET /kpis`: the flow's figures (the same as its Prometheus metrics). */
export function KpisRoute({ type, operationId, summary, description }: KpisRouteOptions) {
  return applyDecorators(
    Get(),
    ApiOperation({ operationId, summary, description }),
    ApiOkResponse({ type }),
  );
}
