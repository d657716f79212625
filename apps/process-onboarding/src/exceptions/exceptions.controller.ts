import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ExceptionCaseIdParamsDto } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role, Roles } from '@p2c/security';
import { OnboardingDto } from '../onboardings/dto/onboarding.dto';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The onboarding flow's own workbench action; the rest is ExceptionWorkbenchModule's. */
@ApiTags('exceptions')
@ApiBearerAuth()
@Controller('exceptions')
export class ExceptionsController {
  constructor(private readonly retry: RetryExceptionUseCase) {}

  @Post(':id/retry')
  @HttpCode(202)
  @Idempotent()
  @Roles(Role.Admin, Role.Service, Role.Finance)
  @ApiOperation({
    operationId: 'retryOnboardingException',
    summary: 'Resume the onboarding an exception stopped, once its cause is fixed',
    description:
      'The same as `POST /onboardings/{id}/retry` for the onboarding the case is about: its failed steps run again, the case is `retrying` until they succeed (then `resolved`) or fail again (back to `open`).',
  })
  @ApiAcceptedResponse({ type: OnboardingDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such exception of this flow' })
  @ApiConflictResponse({
    description:
      'problem+json EXCEPTION_CLOSED: already resolved or dismissed; NOTHING_TO_RETRY: no step of its onboarding has failed (a staffing gap resolves once the project is restaffed)',
  })
  retryException(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<OnboardingDto> {
    return this.retry.execute(params.id, principal);
  }
}
