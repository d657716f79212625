import { Get, HttpCode, Param, Post, Query, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { FlowApi } from '../http/flow-api.decorator';
import type { DeadLettersOptions } from './dead-letters-options';
import { DeadLetterIdParamsDto } from './dto/dead-letter-id.params.dto';
import { DeadLetterPageDto } from './dto/dead-letter-page.dto';
import { DeadLetterReplayedDto } from './dto/dead-letter-replayed.dto';
import { ListDeadLettersQueryDto } from './dto/list-dead-letters.query.dto';
import { ListDeadLettersUseCase } from './list-dead-letters.use-case';
import { ReplayDeadLetterUseCase } from './replay-dead-letter.use-case';

/** `GET /dead-letters` and `POST /dead-letters/{id}/replay`, named after the app. */
export function deadLettersController(options: DeadLettersOptions): Type<unknown> {
  const name = options.operationName;

  @FlowApi('dead-letters', Role.Admin, Role.Service, Role.Finance)
  class DeadLettersController {
    constructor(
      private readonly list: ListDeadLettersUseCase,
      private readonly replay: ReplayDeadLetterUseCase,
    ) {}

    @Get()
    @ApiOperation({
      operationId: `list${name}DeadLetters`,
      summary: 'What gave up: failed jobs, failed inbox messages, outbox rows no longer retried',
    })
    @ApiOkResponse({ type: DeadLetterPageDto })
    @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
    read(@Query() query: ListDeadLettersQueryDto): Promise<DeadLetterPageDto> {
      return this.list.execute(query);
    }

    @Post(':id/replay')
    @HttpCode(200)
    @Idempotent()
    @ApiOperation({
      operationId: `replay${name}DeadLetter`,
      summary: 'Queue a dead letter’s work again, exactly once',
      description:
        'The job runs again with its tries renewed (an outbox row is handed to its queue again); its work is idempotent as the flow is. Audited.',
    })
    @ApiOkResponse({ type: DeadLetterReplayedDto })
    @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: no such dead letter here' })
    @ApiConflictResponse({
      description: 'problem+json ALREADY_REPLAYED: it was replayed already (or is replaying)',
    })
    replayOne(
      @Param() params: DeadLetterIdParamsDto,
      @CurrentPrincipal() principal?: AuthenticatedPrincipal,
    ): Promise<DeadLetterReplayedDto> {
      return this.replay.execute(params.id, principal);
    }
  }
  return DeadLettersController;
}
