import { Module } from '@nestjs/common';
import { FeedCheckpointStore } from '@p2c/persistence';
import { CheckpointStore } from './checkpoint.store';
import { CheckpointsController } from './checkpoints.controller';

@Module({
  controllers: [CheckpointsController],
  providers: [FeedCheckpointStore, CheckpointStore],
  exports: [CheckpointStore],
})
export class CheckpointsModule {}
