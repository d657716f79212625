import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';

/** An assignment of the plan a forecast was computed from. */
export class ForecastPlanLineDto implements ProcessForecastApi.SchemaForecastPlanLineDto {
  @ApiProperty({
    description: 'HCM employee id; null for a role held open (unnamed placeholder).',
    type: String,
    nullable: true,
    example: 'E1003',
  })
  worker: string | null;

  @ApiProperty({
    description: 'The PSA’s label of a role held open; null for a named worker.',
    type: String,
    nullable: true,
    example: null,
  })
  label: string | null;

  @ApiProperty({ description: 'Role code, as the rate card prices it.', example: 'SENIOR' })
  role: string;

  @ApiProperty({ description: 'First day.', example: '2026-10-01' })
  startDate: string;

  @ApiProperty({ description: 'Last day.', example: '2027-01-29' })
  endDate: string;

  @ApiProperty({ description: 'Hours a week; a weekday is a fifth of it.', example: 40 })
  hoursPerWeek: number;
}
