import { ApiProperty } from '@nestjs/swagger';
import { DeadLetterReplayedDto } from '@p2c/flow';
import { WORKBENCH_APPS, WorkbenchApp } from '../workbench-apps';

/** A dead letter queued again, once, in the app it gave up in. */
export class WorkbenchDeadLetterReplayedDto extends DeadLetterReplayedDto {
  @ApiProperty({ description: 'The process app.', enum: WORKBENCH_APPS, example: 'process-time' })
  app: WorkbenchApp;
}
