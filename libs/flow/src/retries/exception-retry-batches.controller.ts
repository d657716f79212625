import { Body, Controller, Get, HttpCode, Param, Post, Type } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role, Roles } from '@p2c/security';
import { RetryBatchIdParamsDto } from './dto/retry-batch-id.params.dto';
import { RetryBatchDto } from './dto/retry-batch.dto';
import { RetryExceptionCasesDto } from './dto/retry-exception-cases.dto';
import type { ExceptionRetryBatchesOptions } from './exception-retry-batches-options';
import { GetRetryBatchUseCase } from './get-retry-batch.use-case';
import { StartRetryBatchUseCase } from './start-retry-batch.use-case';

/** `POST /exceptions/retries` and `GET /exceptions/retries/{batchId}`, named after the app. */
export function exceptionRetryBatchesController(
  options: ExceptionRetryBatchesOptions,
): Type<unknown> {
  const name = options.operationName;

  @ApiTags('exceptions')
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
  @ApiForbiddenResponse({ description: 'problem+json FORBIDDEN: the token may not retry cases' })
  @Roles(Role.Admin, Role.Service, Role.Finance)
  @Controller('exceptions/retries')
  class ExceptionRetryBatchesController {
    constructor(
      private readonly start: StartRetryBatchUseCase,
      private readonly get: GetRetryBatchUseCase,
    ) {}

    @Post()
    @HttpCode(202)
    @Idempotent()
    @ApiOperation({
      operationId: `retry${name}Exceptions`,
      summary: 'Retry up to 1,000 cases at once, as jobs',
      description:
        'Answers at once with the batch and its counts; each case is then retried by a job of its own with the app’s own retry (audited on the case as the caller), once. Ids of no case here are reported as not found.',
    })
    @ApiAcceptedResponse({ type: RetryBatchDto })
    @ApiBadRequestResponse({
      description: 'problem+json VALIDATION_FAILED: no ids, over 1,000, or not uuids',
    })
    retry(
      @Body() body: RetryExceptionCasesDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<RetryBatchDto> {
      return this.start.execute(body, principal);
    }

    @Get(':batchId')
    @ApiOperation({
      operationId: `get${name}ExceptionRetries`,
      summary: 'How far a bulk retry has got, with each case’s outcome',
    })
    @ApiOkResponse({ type: RetryBatchDto })
    @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no bulk retry with that id here' })
    read(@Param() params: RetryBatchIdParamsDto): Promise<RetryBatchDto> {
      return this.get.execute(params.batchId);
    }
  }
  return ExceptionRetryBatchesController;
}
