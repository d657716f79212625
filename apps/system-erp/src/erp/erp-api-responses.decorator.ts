import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiServiceUnavailableResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';

/**
 * What every controller of the ERP system API shares: a service (or admin) token, and the
 * problem+json answers every operation can give, each with its reason code.
 */
export function ErpApi(): ClassDecorator {
  return applyDecorators(
    Roles(Role.Service, Role.Admin),
    ApiBearerAuth(),
    ApiBadRequestResponse({ description: 'problem+json BAD_REQUEST: the request is malformed' }),
    ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' }),
    ApiForbiddenResponse({ description: 'problem+json FORBIDDEN: not a service or admin token' }),
    ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the ERP has no such record' }),
    ApiUnprocessableEntityResponse({
      description:
        'problem+json PERIOD_CLOSED (the date’s accounting period is closed), PROJECT_NOT_ACTIVE (the project is not in progress) or VENDOR_REJECTED (any other refusal: inactive reference, unknown dimension, …); `vendorMessage` is the ERP’s own message and `vendorCode` its error code',
    }),
    ApiTooManyRequestsResponse({
      description: 'problem+json RATE_LIMITED: the ERP is limiting requests; see Retry-After',
    }),
    ApiServiceUnavailableResponse({
      description:
        'problem+json VENDOR_UNAVAILABLE: the ERP failed, timed out or its circuit is open; retry later',
    }),
  );
}
