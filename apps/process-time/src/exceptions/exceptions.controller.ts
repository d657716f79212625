import { Param } from '@nestjs/common';
import { ExceptionActionsApi, ExceptionCaseIdParamsDto, RetryExceptionRoute } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal } from '@p2c/security';
import { RetryAcceptedDto } from './dto/retry-accepted.dto';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The time-posting flow's own workbench action; the rest is ExceptionWorkbenchModule's. */
@ExceptionActionsApi()
export class ExceptionsController {
  constructor(private readonly retry: RetryExceptionUseCase) {}

  @RetryExceptionRoute({
    operationId: 'retryTimeException',
    summary: 'Replay the posting an exception stopped, once its cause is fixed',
    description:
      'Queues the posting again from validation, reading every rate, period and project fresh. The exception is `retrying` until the ERP is in line (then `resolved`) or the posting fails again (back to `open` with the new reason). Exactly once like the first run.',
    accepted: RetryAcceptedDto,
    conflicts: 'NOT_RETRYABLE: it names no posting',
  })
  retryException(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<RetryAcceptedDto> {
    return this.retry.execute(params.id, principal);
  }
}
