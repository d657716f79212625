import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SOURCE_ID_PATTERN } from '@p2c/canonical';

export class TimeEntryIdParamsDto {
  @ApiProperty({ description: 'The PSA’s id of the time entry.', example: '31000017' })
  @Matches(SOURCE_ID_PATTERN, { message: 'timeEntryId must be a PSA time entry id' })
  timeEntryId: string;
}
