import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role, Roles } from '@p2c/security';
import { ExceptionIdParamDto } from './dto/exception-id.param.dto';
import { ListExceptionsQueryDto } from './dto/list-exceptions.query.dto';
import { RetryAcceptedDto } from './dto/retry-accepted.dto';
import { TimeExceptionPageDto } from './dto/time-exception-page.dto';
import { ListExceptionsUseCase } from './list-exceptions.use-case';
import { RetryExceptionUseCase } from './retry-exception.use-case';

@ApiTags('exceptions')
@ApiBearerAuth()
@Controller('exceptions')
export class ExceptionsController {
  constructor(
    private readonly list: ListExceptionsUseCase,
    private readonly retry: RetryExceptionUseCase,
  ) {}

  @Get()
  @Roles(Role.Admin, Role.Service, Role.Finance)
  @ApiOperation({
    operationId: 'listTimeExceptions',
    summary: 'Entries the flow could not post, newest first',
  })
  @ApiOkResponse({ type: TimeExceptionPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  listExceptions(@Query() query: ListExceptionsQueryDto): Promise<TimeExceptionPageDto> {
    return this.list.execute(query);
  }

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
    description: 'problem+json EXCEPTION_CLOSED: already resolved or dismissed',
  })
  retryException(
    @Param() params: ExceptionIdParamDto,
    @CurrentPrincipal() principal: AuthenticatedPrincipal | undefined,
  ): Promise<RetryAcceptedDto> {
    return this.retry.execute(params.id, principal);
  }
}
