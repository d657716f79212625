import { ApiProperty } from '@nestjs/swagger';

/** How many workers of one legal entity and cost centre are on the bench, and their idle hours. */
export class BenchSummaryGroupDto {
  @ApiProperty({ example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ type: String, nullable: true, example: 'US-TECH' })
  costCenter: string | null;

  @ApiProperty({ description: 'Workers on the bench.', example: 3 })
  workers: number;

  @ApiProperty({ description: 'Their capacity not planned, two places.', example: '96.00' })
  benchHours: string;
}
