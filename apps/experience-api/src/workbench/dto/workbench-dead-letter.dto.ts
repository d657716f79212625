import { ApiProperty } from '@nestjs/swagger';
import { DeadLetterDto } from '@p2c/flow';
import { WORKBENCH_APPS, WorkbenchApp } from '../workbench-apps';

/** A dead letter of one of the process apps. */
export class WorkbenchDeadLetterDto extends DeadLetterDto {
  @ApiProperty({
    description: 'The process app it gave up in.',
    enum: WORKBENCH_APPS,
    example: 'process-time',
  })
  app: WorkbenchApp;
}
