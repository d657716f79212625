import { ApiProperty } from '@nestjs/swagger';

/** Every active worker's planned hours in the forecast's week, summed, over their capacity. */
export class WeekUtilisationDto {
  @ApiProperty({ description: 'Active workers counted.', example: 24 })
  workers: number;

  @ApiProperty({ description: 'Hours planned for them on all projects.', example: '640.00' })
  plannedHours: string;

  @ApiProperty({ description: 'Their capacity in the week.', example: '960.00' })
  capacityHours: string;

  @ApiProperty({
    description: 'plannedHours over capacityHours, percent, two places; null without capacity.',
    type: String,
    nullable: true,
    example: '66.67',
  })
  utilisationPct: string | null;
}
