import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { PlannedWeekDto } from './planned-week.dto';

/** One worker's planned hours over a range against their capacity. */
export class PlannedUtilisationDto implements ProcessForecastApi.SchemaWorkerUtilisationDto {
  @ApiProperty({ description: 'HCM employee id.', example: 'E1006' })
  worker: string;

  @ApiProperty({ description: 'Full name.', example: 'Farah Müller' })
  name: string;

  @ApiProperty({ description: 'Role code.', example: 'SENIOR' })
  role: string;

  @ApiProperty({ description: 'Legal entity.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Cost centre.', type: String, nullable: true, example: 'US-TECH' })
  costCenter: string | null;

  @ApiProperty({
    description: 'The projects they are planned on in the range.',
    example: ['PRJ-006NW000102', 'PRJ-006NW000107'],
  })
  projects: string[];

  @ApiProperty({ description: 'Planned hours in the range, all projects.', example: '192.00' })
  plannedHours: string;

  @ApiProperty({ description: 'Capacity in the range.', example: '160.00' })
  capacityHours: string;

  @ApiProperty({
    description: 'plannedHours over capacityHours, percent, two places.',
    example: '120.00',
  })
  utilisationPct: string;

  @ApiProperty({ description: 'Per ISO week, in order.', type: [PlannedWeekDto] })
  weeks: PlannedWeekDto[];
}
