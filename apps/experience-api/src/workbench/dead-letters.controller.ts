import { Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { FlowApi, ListDeadLettersQueryDto } from '@p2c/flow';
import { Idempotent, Role } from '@p2c/security';
import { WorkbenchDeadLetterIdParamsDto } from './dto/workbench-dead-letter-id.params.dto';
import { WorkbenchDeadLetterPageDto } from './dto/workbench-dead-letter-page.dto';
import { WorkbenchDeadLetterReplayedDto } from './dto/workbench-dead-letter-replayed.dto';
import { WorkbenchDeadLettersUseCase } from './workbench-dead-letters.use-case';
import { Throttled } from '../throttling/throttled.decorator';

/** What gave up in any process app, and its replay (admin and finance). */
@FlowApi('dead-letters', Role.Admin, Role.Finance)
@Throttled()
export class DeadLettersController {
  constructor(private readonly deadLetters: WorkbenchDeadLettersUseCase) {}

  @Get()
  @ApiOperation({
    operationId: 'listDeadLetters',
    summary:
      'What gave up in every process app: failed jobs and inbox messages, outbox rows no longer retried',
  })
  @ApiOkResponse({ type: WorkbenchDeadLetterPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  list(@Query() query: ListDeadLettersQueryDto): Promise<WorkbenchDeadLetterPageDto> {
    return this.deadLetters.list(query);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    operationId: 'replayDeadLetter',
    summary: 'Queue a dead letter’s work again in its app, exactly once',
  })
  @ApiOkResponse({ type: WorkbenchDeadLetterReplayedDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such dead letter' })
  @ApiConflictResponse({ description: 'problem+json ALREADY_REPLAYED: it was replayed already' })
  replay(@Param() params: WorkbenchDeadLetterIdParamsDto): Promise<WorkbenchDeadLetterReplayedDto> {
    return this.deadLetters.replay(params.id);
  }
}
