import { Body, Controller, Get, HttpCode, Param, Post, Query, Type } from '@nestjs/common';
import {
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
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role, Roles } from '@p2c/security';
import { AssignExceptionCaseDto } from './dto/assign-exception-case.dto';
import { DismissExceptionCaseDto } from './dto/dismiss-exception-case.dto';
import { ExceptionCaseIdParamsDto } from './dto/exception-case-id.params.dto';
import { ExceptionCasePageDto } from './dto/exception-case-page.dto';
import { ExceptionCaseDto } from './dto/exception-case.dto';
import { ExceptionNoteDto } from './dto/exception-note.dto';
import { ListExceptionCasesQueryDto } from './dto/list-exception-cases.query.dto';
import { NoteExceptionCaseDto } from './dto/note-exception-case.dto';
import { ResolveExceptionCaseDto } from './dto/resolve-exception-case.dto';
import { ChangeExceptionCaseUseCase } from './change-exception-case.use-case';
import type { ExceptionWorkbenchOptions } from './exception-workbench-options';
import { GetExceptionCaseUseCase } from './get-exception-case.use-case';
import { ListExceptionCasesUseCase } from './list-exception-cases.use-case';
import { NoteExceptionCaseUseCase } from './note-exception-case.use-case';

const NOT_FOUND = 'problem+json NOT_FOUND: no exception of this flow with that id';
const CLOSED = 'problem+json EXCEPTION_CLOSED: the case is resolved or dismissed already';

/**
 * The workbench's routes over one app's cases (`/exceptions…`), with that app's operation names
 * and case view. Admin, service and finance tokens work every case; a delivery token sees and
 * works only the cases delivery owns (403 FORBIDDEN for the others).
 */
export function exceptionWorkbenchController(options: ExceptionWorkbenchOptions): Type<unknown> {
  const caseDto = options.caseDto ?? ExceptionCaseDto;
  const pageDto = options.pageDto ?? ExceptionCasePageDto;
  const name = options.operationName;

  @ApiTags('exceptions')
  @ApiBearerAuth()
  @ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
  @ApiForbiddenResponse({
    description:
      'problem+json FORBIDDEN: the token lacks the role, or (delivery) the case is not delivery’s',
  })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed request' })
  @Roles(Role.Admin, Role.Service, Role.Finance, Role.Delivery)
  @Controller('exceptions')
  class ExceptionWorkbenchController {
    constructor(
      private readonly listCases: ListExceptionCasesUseCase,
      private readonly getCase: GetExceptionCaseUseCase,
      private readonly changeCase: ChangeExceptionCaseUseCase,
      private readonly noteCase: NoteExceptionCaseUseCase,
    ) {}

    @Get()
    @ApiOperation({
      operationId: `list${name}Exceptions`,
      summary:
        'Exception cases by flow, status, reason, owner group, assignee, age or SLA, sorted by raise or due time',
      description:
        'Newest first unless `sort` and `order` say otherwise; a cursor belongs to the sort it came with. Each case carries its own `cursor`: the cases after it in that sort.',
    })
    @ApiOkResponse({ type: pageDto })
    @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
    list(
      @Query() query: ListExceptionCasesQueryDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<ExceptionCasePageDto> {
      return this.listCases.execute(query, principal);
    }

    @Get(':id')
    @ApiOperation({
      operationId: `get${name}Exception`,
      summary: 'One case with its notes and its audit trail (who did what, when)',
    })
    @ApiOkResponse({ type: caseDto })
    @ApiNotFoundResponse({ description: NOT_FOUND })
    get(
      @Param() params: ExceptionCaseIdParamsDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<ExceptionCaseDto> {
      return this.getCase.execute(params.id, principal);
    }

    @Post(':id/assign')
    @HttpCode(200)
    @Idempotent()
    @ApiOperation({
      operationId: `assign${name}Exception`,
      summary: 'Give an unresolved case to a person',
      description: 'The case becomes `assigned` (a running retry stays `retrying`). Audited.',
    })
    @ApiOkResponse({ type: caseDto })
    @ApiNotFoundResponse({ description: NOT_FOUND })
    @ApiConflictResponse({ description: CLOSED })
    assign(
      @Param() params: ExceptionCaseIdParamsDto,
      @Body() body: AssignExceptionCaseDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<ExceptionCaseDto> {
      return this.changeCase.execute(
        params.id,
        { kind: 'assign', assignee: body.assignee },
        principal,
      );
    }

    @Post(':id/notes')
    @Idempotent()
    @ApiOperation({
      operationId: `note${name}Exception`,
      summary: 'Keep a note on a case',
      description: 'Closed cases take notes too. Audited; the note is listed on the case.',
    })
    @ApiCreatedResponse({ type: ExceptionNoteDto })
    @ApiNotFoundResponse({ description: NOT_FOUND })
    note(
      @Param() params: ExceptionCaseIdParamsDto,
      @Body() body: NoteExceptionCaseDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<ExceptionNoteDto> {
      return this.noteCase.execute(params.id, body.text, principal);
    }

    @Post(':id/dismiss')
    @HttpCode(200)
    @Idempotent()
    @ApiOperation({
      operationId: `dismiss${name}Exception`,
      summary: 'Close a case about which nothing is to be done',
      description: 'The case becomes `dismissed` with the reason as its resolution. Audited.',
    })
    @ApiOkResponse({ type: caseDto })
    @ApiNotFoundResponse({ description: NOT_FOUND })
    @ApiConflictResponse({ description: CLOSED })
    dismiss(
      @Param() params: ExceptionCaseIdParamsDto,
      @Body() body: DismissExceptionCaseDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<ExceptionCaseDto> {
      return this.changeCase.execute(
        params.id,
        { kind: 'dismiss', reason: body.reason },
        principal,
      );
    }

    @Post(':id/resolve')
    @HttpCode(200)
    @Idempotent()
    @ApiOperation({
      operationId: `resolve${name}Exception`,
      summary: 'Close a case a person put right outside the gateway',
      description:
        'For a fix the flow cannot replay (e.g. the hours booked by hand in the ERP): the case becomes `resolved` with what was done. Audited.',
    })
    @ApiOkResponse({ type: caseDto })
    @ApiNotFoundResponse({ description: NOT_FOUND })
    @ApiConflictResponse({ description: CLOSED })
    resolve(
      @Param() params: ExceptionCaseIdParamsDto,
      @Body() body: ResolveExceptionCaseDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<ExceptionCaseDto> {
      return this.changeCase.execute(
        params.id,
        { kind: 'resolve', resolution: body.resolution },
        principal,
      );
    }
  }
  return ExceptionWorkbenchController;
}
