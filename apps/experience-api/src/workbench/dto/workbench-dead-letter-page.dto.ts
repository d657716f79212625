import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WorkbenchDeadLetterDto } from './workbench-dead-letter.dto';

/** One page of every process app's dead letters, the latest to give up first. */
export class WorkbenchDeadLetterPageDto {
  @ApiProperty({ description: 'Latest first.', type: [WorkbenchDeadLetterDto], maxItems: 200 })
  items: WorkbenchDeadLetterDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
