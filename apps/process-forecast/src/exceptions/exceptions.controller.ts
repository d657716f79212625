import { Param } from '@nestjs/common';
import { ExceptionActionsApi, ExceptionCaseIdParamsDto, RetryExceptionRoute } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal } from '@p2c/security';
import { ForecastRetryAcceptedDto } from './dto/forecast-retry-accepted.dto';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The forecast's own workbench action; the rest is ExceptionWorkbenchModule's. */
@ExceptionActionsApi()
export class ExceptionsController {
  constructor(private readonly retry: RetryExceptionUseCase) {}

  @RetryExceptionRoute({
    operationId: 'retryForecastException',
    summary:
      'Recompute the project of a margin-at-risk or missing-rate case once the cause is dealt with',
    description:
      'The case’s project is recomputed from what the PSA, the CRM and the HCM hold now. The case is `retrying` until then, then `resolved` if its cause is gone (the margin back at or above the threshold, every planned day priced), else `open` again.',
    accepted: ForecastRetryAcceptedDto,
    conflicts: 'NOT_RETRYABLE: a case that names no project’s margin or pricing',
  })
  retryException(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<ForecastRetryAcceptedDto> {
    return this.retry.execute(params.id, principal);
  }
}
