import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

/** The problem+json answers every endpoint reading the CRM may give. */
export function CrmProblemResponses(): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiBadRequestResponse({ description: 'problem+json: invalid input or INVALID_CURSOR' }),
    ApiUnauthorizedResponse({ description: 'problem+json: no valid bearer token' }),
    ApiForbiddenResponse({
      description: 'problem+json: the token lacks the service or admin role',
    }),
    ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' }),
    ApiResponse({
      status: 422,
      description:
        'problem+json VENDOR_REJECTED: the CRM refused the call; `vendorMessage` says why',
    }),
    ApiTooManyRequestsResponse({
      description:
        'problem+json RATE_LIMITED with Retry-After: the CRM limits calls, or its daily API allowance is nearly used up',
    }),
    ApiServiceUnavailableResponse({
      description:
        'problem+json VENDOR_UNAVAILABLE with Retry-After: the CRM did not answer usably (after retries), its circuit is open, or it refused the gateway\u2019s session (renew CRM_TOKEN)',
    }),
  );
}
