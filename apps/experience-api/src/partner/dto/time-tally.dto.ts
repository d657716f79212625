import { ApiProperty } from '@nestjs/swagger';

/** How many time entries, and how many hours. */
export class TimeTallyDto {
  @ApiProperty({ description: 'Time entries.', example: 12 })
  entries: number;

  @ApiProperty({ description: 'Their hours, exact to the minute.', example: 87.5 })
  hours: number;
}
