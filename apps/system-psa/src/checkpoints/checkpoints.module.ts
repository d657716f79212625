import { Module } from '@nestjs/common';
import { FeedCheckpointStore } from '@p2c/persistence';
import { CheckpointsController } from './checkpoints.controller';
import { PsaCheckpoints } from './psa-checkpoints';

/** Consumers' checkpoints in the events, time-entries and expenses passes, kept here for them. */
@Module({
  controllers: [CheckpointsController],
  providers: [FeedCheckpointStore, PsaCheckpoints],
  exports: [PsaCheckpoints],
})
export class CheckpointsModule {}
