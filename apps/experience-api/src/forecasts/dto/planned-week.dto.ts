import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';

/** One worker's planned hours in one ISO week (the part of it inside the range). */
export class PlannedWeekDto implements ProcessForecastApi.SchemaWorkerWeekDto {
  @ApiProperty({ description: 'ISO week.', example: '2026-W48' })
  week: string;

  @ApiProperty({ description: 'Its first day inside the range.', example: '2026-11-23' })
  from: string;

  @ApiProperty({ description: 'Planned hours on all projects, two places.', example: '48.00' })
  plannedHours: string;

  @ApiProperty({ description: 'Capacity on its weekdays inside the range.', example: '40.00' })
  capacityHours: string;

  @ApiProperty({
    description: 'plannedHours over capacityHours, percent, two places.',
    example: '120.00',
  })
  utilisationPct: string;
}
