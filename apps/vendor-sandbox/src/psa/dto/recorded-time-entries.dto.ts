import { ApiProperty } from '@nestjs/swagger';

export class RecordedTimeEntriesDto {
  @ApiProperty({
    description: 'The PSA time entry ids, in the order of the entries sent',
    example: ['100000001', '100000002'],
  })
  ids: string[];
}
