import { Param } from '@nestjs/common';
import { ExceptionActionsApi, ExceptionCaseIdParamsDto, RetryExceptionRoute } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal } from '@p2c/security';
import { OnboardingDto } from '../onboardings/dto/onboarding.dto';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The onboarding flow's own workbench action; the rest is ExceptionWorkbenchModule's. */
@ExceptionActionsApi()
export class ExceptionsController {
  constructor(private readonly retry: RetryExceptionUseCase) {}

  @RetryExceptionRoute({
    operationId: 'retryOnboardingException',
    summary: 'Resume the onboarding an exception stopped, once its cause is fixed',
    description:
      'The same as `POST /onboardings/{id}/retry` for the onboarding the case is about: its failed steps run again, the case is `retrying` until they succeed (then `resolved`) or fail again (back to `open`).',
    accepted: OnboardingDto,
    conflicts:
      'NOTHING_TO_RETRY: no step of its onboarding has failed (a staffing gap resolves once the project is restaffed)',
  })
  retryException(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<OnboardingDto> {
    return this.retry.execute(params.id, principal);
  }
}
