import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@p2c/canonical';

export class CostRateQueryDto {
  @ApiProperty({ description: 'The work date, YYYY-MM-DD.', example: '2026-10-15', format: 'date' })
  @IsCalendarDate()
  date: string;
}
