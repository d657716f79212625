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
import type { StoredFeedCheckpoint } from '@p2c/persistence';
import { Role, Roles } from '@p2c/security';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { CheckpointParamsDto } from './dto/checkpoint-params.dto';
import { PsaCheckpointDto } from './dto/psa-checkpoint.dto';
import { SavePsaCheckpointDto } from './dto/save-psa-checkpoint.dto';
import { PsaCheckpoints } from './psa-checkpoints';

@ApiTags('checkpoints')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'problem+json: no valid bearer token' })
@ApiForbiddenResponse({ description: 'problem+json: the token lacks the service or admin role' })
@Roles(Role.Service, Role.Admin)
@Controller('checkpoints')
export class CheckpointsController {
  constructor(private readonly checkpoints: PsaCheckpoints) {}

  @Get(':feed/:consumer')
  @ApiOperation({
    summary: 'Where a consumer has got to in a pass',
    description: '`GET /<feed>` with `consumer` and no cursor reads on from here.',
  })
  @ApiOkResponse({ type: PsaCheckpointDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the consumer has saved none yet' })
  async get(@Param() { feed, consumer }: CheckpointParamsDto): Promise<PsaCheckpointDto> {
    const checkpoint = await this.checkpoints.get(feed, consumer);
    if (!checkpoint)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `${consumer} has no checkpoint in ${feed}.`,
      );
    return toDto(feed, consumer, checkpoint);
  }

  @Put(':feed/:consumer')
  @ApiOperation({
    summary: 'Save a consumer\u2019s checkpoint after it has taken in a page',
    description: 'The latest save wins; the answer is the checkpoint as it stands.',
  })
  @ApiOkResponse({ type: PsaCheckpointDto })
  @ApiBadRequestResponse({ description: 'problem+json INVALID_CURSOR or VALIDATION_FAILED' })
  async save(
    @Param() { feed, consumer }: CheckpointParamsDto,
    @Body() { cursor }: SavePsaCheckpointDto,
  ): Promise<PsaCheckpointDto> {
    return toDto(feed, consumer, await this.checkpoints.save(feed, consumer, cursor));
  }

  @Delete(':feed/:consumer')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Forget a consumer\u2019s checkpoint',
    description: 'Its next read starts a first pass (everything the PSA keeps).',
  })
  @ApiNoContentResponse({ description: 'the checkpoint is gone (or never was)' })
  async remove(@Param() { feed, consumer }: CheckpointParamsDto): Promise<void> {
    await this.checkpoints.remove(feed, consumer);
  }
}

function toDto(
  feed: CheckpointParamsDto['feed'],
  consumer: string,
  checkpoint: StoredFeedCheckpoint,
): PsaCheckpointDto {
  return {
    feed,
    consumer,
    cursor: checkpoint.position.id,
    updatedAt: checkpoint.updatedAt.toISOString(),
  };
}
