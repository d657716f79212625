import { Param } from '@nestjs/common';
import { ExceptionActionsApi, ExceptionCaseIdParamsDto, RetryExceptionRoute } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal } from '@p2c/security';
import { BillingRetryAcceptedDto } from './dto/billing-retry-accepted.dto';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The billing flow's own workbench action; the rest is ExceptionWorkbenchModule's. */
@ExceptionActionsApi()
export class ExceptionsController {
  constructor(private readonly retry: RetryExceptionUseCase) {}

  @RetryExceptionRoute({
    operationId: 'retryBillingException',
    summary: 'Raise an invoice that gave up, or pick a stuck run up again, once the cause is fixed',
    description:
      'A case on an invoice the ERP could not be reached for (its work kept): the billing event is pending again and its invoice job queued; the invoice looks first in the ERP, so none is raised twice. A case on a run stuck planning or invoicing: the run is picked up again as the recovery sweep does. The case is `retrying` until the invoice is raised or the run done (then `resolved`), or it fails again (back to `open`).',
    accepted: BillingRetryAcceptedDto,
    conflicts:
      'NOT_RETRYABLE: an invoice the ERP refused (its work is billed by the next run), a run that is done, or a case of nothing to replay',
  })
  retryException(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<BillingRetryAcceptedDto> {
    return this.retry.execute(params.id, principal);
  }
}
