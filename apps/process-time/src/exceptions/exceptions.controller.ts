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
import { RetryAcceptedDto } from './dto/retry-accepted.dto';
import { RetryExceptionUseCase } from './retry-exception.use-case';

/** The time-posting flow's own workbench action; the rest is ExceptionWorkbenchModule's. */
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
    operationId: 'retryTimeException',
    summary: 'Replay the posting an exception stopped, once its cause is fixed',
    description:
      'Queues the posting again from validation, reading every rate, period and project fresh. The exception is `retrying` until the ERP is in line (then `resolved`) or the posting fails again (back to `open` with the new reason). Exactly once like the first run.',
  })
  @ApiAcceptedResponse({ type: RetryAcceptedDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such exception of this flow' })
  @ApiConflictResponse({
    description:
      'problem+json EXCEPTION_CLOSED: already resolved or dismissed; NOT_RETRYABLE: it names no posting',
  })
  retryException(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<RetryAcceptedDto> {
    return this.retry.execute(params.id, principal);
  }
}
