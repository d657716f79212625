import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, ValidateNested } from 'class-validator';
import { TimeEntryToRecordDto } from './time-entry-to-record.dto';

export const MAX_ENTRIES_PER_CALL = 5000;

export class RecordTimeEntriesDto {
  @ApiProperty({
    type: [TimeEntryToRecordDto],
    description: `Up to ${MAX_ENTRIES_PER_CALL} entries, created all or none (for more, generate them)`,
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES_PER_CALL)
  @ValidateNested({ each: true })
  @Type(() => TimeEntryToRecordDto)
  entries: TimeEntryToRecordDto[];
}
