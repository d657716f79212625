import { Module } from '@nestjs/common';
import { CheckpointStore } from './checkpoint.store';
import { CheckpointsController } from './checkpoints.controller';

@Module({
  controllers: [CheckpointsController],
  providers: [CheckpointStore],
  exports: [CheckpointStore],
})
export class CheckpointsModule {}
