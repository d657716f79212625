import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  AssignExceptionCaseDto,
  DismissExceptionCaseDto,
  ExceptionCaseIdParamsDto,
  ExceptionNoteDto,
  ListExceptionCasesQueryDto,
  NoteExceptionCaseDto,
  ResolveExceptionCaseDto,
  RetryBatchIdParamsDto,
  RetryExceptionCasesDto,
} from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role, Roles } from '@p2c/security';
import { WorkbenchExceptionPageDto } from './dto/workbench-exception-page.dto';
import { WorkbenchExceptionDto } from './dto/workbench-exception.dto';
import { WorkbenchRetryAcceptedDto } from './dto/workbench-retry-accepted.dto';
import { WorkbenchRetryBatchDto } from './dto/workbench-retry-batch.dto';
import { ListWorkbenchExceptionsUseCase } from './list-workbench-exceptions.use-case';
import { WorkExceptionUseCase } from './work-exception.use-case';
import { WorkbenchRetryBatchesUseCase } from './workbench-retry-batches.use-case';
import { Throttled } from '../throttling/throttled.decorator';

const NOT_FOUND = 'problem+json NOT_FOUND: no process app holds a case with that id';
const CLOSED = 'problem+json EXCEPTION_CLOSED: the case is resolved or dismissed already';

/**
 * The exception workbench over every process app's cases. Admin and finance work every case;
 * delivery sees and works only the cases delivery owns (403 for the others) and retries none;
 * partners none.
 */
@ApiTags('workbench')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
@ApiForbiddenResponse({
  description:
    'problem+json FORBIDDEN: the token lacks the role, or (delivery) the case is not delivery’s',
})
@ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed request' })
@Roles(Role.Admin, Role.Finance, Role.Delivery)
@Controller('exceptions')
@Throttled()
export class WorkbenchController {
  constructor(
    private readonly listCases: ListWorkbenchExceptionsUseCase,
    private readonly work: WorkExceptionUseCase,
    private readonly batches: WorkbenchRetryBatchesUseCase,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listExceptions',
    summary:
      'Every process app’s cases, by flow, status, reason, owner group, assignee, age or SLA',
    description:
      'Sorted by raise time (`sort=createdAt`) or SLA due time (`sort=slaDueAt`), `order=desc` (default) or `asc`, a keyset page at a time; each case names its app and flow. A cursor belongs to the sort it came with.',
  })
  @ApiOkResponse({ type: WorkbenchExceptionPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(
    @Query() query: ListExceptionCasesQueryDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchExceptionPageDto> {
    return this.listCases.execute(query, principal);
  }

  @Post('retries')
  @HttpCode(202)
  @Idempotent()
  @Roles(Role.Admin, Role.Finance)
  @ApiOperation({
    operationId: 'retryExceptions',
    summary: 'Retry up to 1,000 cases of any app at once, as jobs',
    description:
      'Answers at once with the batch id and its counts; each app then retries the cases it holds, each once, audited on the case as the caller. Ids no app holds are counted as not found.',
  })
  @ApiAcceptedResponse({ type: WorkbenchRetryBatchDto })
  retryMany(@Body() body: RetryExceptionCasesDto): Promise<WorkbenchRetryBatchDto> {
    return this.batches.start(body);
  }

  @Get('retries/:batchId')
  @Roles(Role.Admin, Role.Finance)
  @ApiOperation({
    operationId: 'getExceptionRetries',
    summary: 'How far a bulk retry has got, with each case’s outcome and app',
  })
  @ApiOkResponse({ type: WorkbenchRetryBatchDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no bulk retry with that id' })
  readBatch(@Param() params: RetryBatchIdParamsDto): Promise<WorkbenchRetryBatchDto> {
    return this.batches.read(params.batchId);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getException',
    summary: 'One case with its notes and audit trail (who did what, when)',
  })
  @ApiOkResponse({ type: WorkbenchExceptionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchExceptionDto> {
    return this.work.get(params.id, principal);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ operationId: 'assignException', summary: 'Give an unresolved case to a person' })
  @ApiOkResponse({ type: WorkbenchExceptionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CLOSED })
  assign(
    @Param() params: ExceptionCaseIdParamsDto,
    @Body() body: AssignExceptionCaseDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchExceptionDto> {
    return this.work.change(params.id, { kind: 'assign', assignee: body.assignee }, principal);
  }

  @Post(':id/notes')
  @Idempotent()
  @ApiOperation({ operationId: 'noteException', summary: 'Keep a note on a case' })
  @ApiCreatedResponse({ type: ExceptionNoteDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  note(
    @Param() params: ExceptionCaseIdParamsDto,
    @Body() body: NoteExceptionCaseDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<ExceptionNoteDto> {
    return this.work.note(params.id, body.text, principal);
  }

  @Post(':id/retry')
  @HttpCode(202)
  @Idempotent()
  @Roles(Role.Admin, Role.Finance)
  @ApiOperation({
    operationId: 'retryException',
    summary: 'Replay what a case stopped, in the app that holds it, once its cause is fixed',
  })
  @ApiAcceptedResponse({ type: WorkbenchRetryAcceptedDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({
    description: `${CLOSED}; NOT_RETRYABLE or NOTHING_TO_RETRY: nothing to replay`,
  })
  retry(
    @Param() params: ExceptionCaseIdParamsDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchRetryAcceptedDto> {
    return this.work.retry(params.id, principal);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    operationId: 'resolveException',
    summary: 'Close a case a person put right outside the gateway, saying what was done',
  })
  @ApiOkResponse({ type: WorkbenchExceptionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CLOSED })
  resolve(
    @Param() params: ExceptionCaseIdParamsDto,
    @Body() body: ResolveExceptionCaseDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchExceptionDto> {
    return this.work.change(params.id, { kind: 'resolve', resolution: body.resolution }, principal);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    operationId: 'dismissException',
    summary: 'Close a case about which nothing is to be done, saying why',
  })
  @ApiOkResponse({ type: WorkbenchExceptionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: CLOSED })
  dismiss(
    @Param() params: ExceptionCaseIdParamsDto,
    @Body() body: DismissExceptionCaseDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchExceptionDto> {
    return this.work.change(params.id, { kind: 'dismiss', reason: body.reason }, principal);
  }
}
