import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';
import { decodeCursor, encodeCursor } from '../changes/change-position';
import { CheckpointStore, StoredCheckpoint } from './checkpoint.store';
import { CheckpointParamsDto } from './dto/checkpoint-params.dto';
import { CheckpointDto } from './dto/checkpoint.dto';
import { SaveCheckpointDto } from './dto/save-checkpoint.dto';
import { SystemCrmErrorCode, SystemCrmException } from '../common/system-crm.exception';

@ApiTags('checkpoints')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'problem+json: no valid bearer token' })
@ApiForbiddenResponse({ description: 'problem+json: the token lacks the service or admin role' })
@Roles(Role.Service, Role.Admin)
@Controller('checkpoints')
export class CheckpointsController {
  constructor(private readonly checkpoints: CheckpointStore) {}

  @Get(':feed/:consumer')
  @ApiOperation({
    summary: 'Where a consumer has got to in a feed',
    description: 'The changes endpoints read from here when called with `consumer` and no cursor.',
  })
  @ApiOkResponse({ type: CheckpointDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the consumer has saved none yet' })
  async get(@Param() { feed, consumer }: CheckpointParamsDto): Promise<CheckpointDto> {
    const checkpoint = await this.checkpoints.get(feed, consumer);
    if (!checkpoint)
      throw new SystemCrmException(
        SystemCrmErrorCode.NOT_FOUND,
        `${consumer} has no checkpoint in ${feed}.`,
      );
    return toDto(checkpoint);
  }

  @Put(':feed/:consumer')
  @ApiOperation({
    summary: 'Save a consumer\u2019s checkpoint after it has processed a page',
    description:
      'Moves forwards only: saving a cursor at or before the stored one changes nothing (a retried or late save is harmless), and the answer is the checkpoint as it stands.',
  })
  @ApiOkResponse({ type: CheckpointDto })
  @ApiBadRequestResponse({ description: 'problem+json INVALID_CURSOR or a validation failure' })
  async save(
    @Param() { feed, consumer }: CheckpointParamsDto,
    @Body() { cursor }: SaveCheckpointDto,
  ): Promise<CheckpointDto> {
    return toDto(await this.checkpoints.advance(feed, consumer, decodeCursor(cursor)));
  }

  @Delete(':feed/:consumer')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Forget a consumer\u2019s checkpoint',
    description: 'The consumer then reads the feed from its start again (a replay).',
  })
  @ApiNoContentResponse({ description: 'the checkpoint is gone (or never was)' })
  async remove(@Param() { feed, consumer }: CheckpointParamsDto): Promise<void> {
    await this.checkpoints.remove(feed, consumer);
  }
}

function toDto(checkpoint: StoredCheckpoint): CheckpointDto {
  return {
    feed: checkpoint.feed,
    consumer: checkpoint.consumer,
    cursor: encodeCursor(checkpoint.position),
    updatedAt: checkpoint.updatedAt.toISOString(),
  };
}
