import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ReasonCode } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ReasonException } from '../http/reason.exception';
import { CheckpointKeeper, SavedCheckpoint } from './checkpoint-keeper';

/** The path of every operation: which feed, which consumer. */
export interface CheckpointParams<Feed extends string> {
  feed: Feed;
  consumer: string;
}

/** The answer of every operation but DELETE. */
export interface CheckpointAnswer<Feed extends string> extends CheckpointParams<Feed> {
  cursor: string;
  updatedAt: string;
}

interface Operation {
  summary: string;
  description: string;
}

/** One system API's checkpoints: its keeper, its DTO classes and what its document says. */
export interface CheckpointsApi<Feed extends string> {
  keeper: Type<CheckpointKeeper<Feed>>;
  /** validates the path against the API's own feeds */
  params: Type<CheckpointParams<Feed>>;
  answer: Type<CheckpointAnswer<Feed>>;
  saveBody: Type<{ cursor: string }>;
  /** what the document says of GET and PUT, and how DELETE leaves the consumer */
  says: { get: Operation; save: Operation; remove: string };
}

/**
 * The controller of `GET/PUT/DELETE /checkpoints/{feed}/{consumer}`, by which a system API keeps
 * where each consumer of its feeds has got to.
 */
export function checkpointsController<Feed extends string>(api: CheckpointsApi<Feed>): Type {
  @ServiceApi('checkpoints')
  @ApiUnauthorizedResponse({ description: 'problem+json: no valid bearer token' })
  @ApiForbiddenResponse({ description: 'problem+json: the token lacks the service or admin role' })
  @Controller('checkpoints')
  class CheckpointsController {
    constructor(@Inject(api.keeper) private readonly checkpoints: CheckpointKeeper<Feed>) {}

    @Get(':feed/:consumer')
    @ApiOperation(api.says.get)
    @ApiOkResponse({ type: api.answer })
    @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the consumer has saved none yet' })
    async get(
      @Param() { feed, consumer }: CheckpointParams<Feed>,
    ): Promise<CheckpointAnswer<Feed>> {
      const checkpoint = await this.checkpoints.find(feed, consumer);
      if (!checkpoint)
        throw new ReasonException(
          ReasonCode.NOT_FOUND,
          `${consumer} has no checkpoint in ${feed}.`,
        );
      return answer(feed, consumer, checkpoint);
    }

    @Put(':feed/:consumer')
    @ApiOperation(api.says.save)
    @ApiOkResponse({ type: api.answer })
    @ApiBadRequestResponse({ description: 'problem+json INVALID_CURSOR or VALIDATION_FAILED' })
    async save(
      @Param() { feed, consumer }: CheckpointParams<Feed>,
      @Body() { cursor }: { cursor: string },
    ): Promise<CheckpointAnswer<Feed>> {
      return answer(feed, consumer, await this.checkpoints.save(feed, consumer, cursor));
    }

    @Delete(':feed/:consumer')
    @HttpCode(204)
    @ApiOperation({ summary: 'Forget a consumer\u2019s checkpoint', description: api.says.remove })
    @ApiNoContentResponse({ description: 'the checkpoint is gone (or never was)' })
    async remove(@Param() { feed, consumer }: CheckpointParams<Feed>): Promise<void> {
      await this.checkpoints.remove(feed, consumer);
    }
  }
  // The parameters' types are interfaces here; validation and the document need the API's classes.
  const paramTypes = { get: [api.params], save: [api.params, api.saveBody], remove: [api.params] };
  for (const [method, types] of Object.entries(paramTypes))
    Reflect.defineMetadata('design:paramtypes', types, CheckpointsController.prototype, method);
  return CheckpointsController;
}

function answer<Feed extends string>(
  feed: Feed,
  consumer: string,
  checkpoint: SavedCheckpoint,
): CheckpointAnswer<Feed> {
  return {
    feed,
    consumer,
    cursor: checkpoint.cursor,
    updatedAt: checkpoint.updatedAt.toISOString(),
  };
}
