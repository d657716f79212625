import { Module } from '@nestjs/common';
import { ReadTimeStatusUseCase } from './read-time-status.use-case';
import { TimeStatusController } from './time-status.controller';

/** Where each project's approved time stands (for portals and dashboards). */
@Module({
  controllers: [TimeStatusController],
  providers: [ReadTimeStatusUseCase],
})
export class TimeStatusModule {}
