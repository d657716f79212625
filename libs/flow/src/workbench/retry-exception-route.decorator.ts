import { Controller, HttpCode, Post, Type, applyDecorators } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, Role, Roles } from '@p2c/security';

/** The controller of a flow's own workbench actions, beside ExceptionWorkbenchModule's routes. */
export function ExceptionActionsApi() {
  return applyDecorators(ApiTags('exceptions'), ApiBearerAuth(), Controller('exceptions'));
}

export interface RetryExceptionRouteOptions {
  operationId: string;
  summary: string;
  description: string;
  /** what the 202 answer carries */
  accepted: Type<unknown>;
  /** the 409 answers beyond EXCEPTION_CLOSED */
  conflicts: string;
}

/**
 * `POST /exceptions/{id}/retry`: the flow replays what the case stopped (exactly once, like the
 * first run), for the roles that may replay, under an `Idempotency-Key`.
 */
export function RetryExceptionRoute(options: RetryExceptionRouteOptions) {
  return applyDecorators(
    Post(':id/retry'),
    HttpCode(202),
    Idempotent(),
    Roles(Role.Admin, Role.Service, Role.Finance),
    ApiOperation({
      operationId: options.operationId,
      summary: options.summary,
      description: options.description,
    }),
    ApiAcceptedResponse({ type: options.accepted }),
    ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such exception of this flow' }),
    ApiConflictResponse({
      description: `problem+json EXCEPTION_CLOSED: already resolved or dismissed; ${options.conflicts}`,
    }),
  );
}
