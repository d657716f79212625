import { ApiProperty } from '@nestjs/swagger';
import { BenchSummaryGroupDto } from './bench-summary-group.dto';

/** The bench in the forecast's week: workers planned under the bench threshold. */
export class BenchSummaryDto {
  @ApiProperty({ description: 'Under this utilisation (percent) a worker is on the bench.' })
  thresholdPct: string;

  @ApiProperty({ description: 'Workers on the bench.', example: 5 })
  workers: number;

  @ApiProperty({ description: 'Their capacity not planned, two places.', example: '168.00' })
  benchHours: string;

  @ApiProperty({ description: 'By legal entity, then cost centre.', type: [BenchSummaryGroupDto] })
  groups: BenchSummaryGroupDto[];
}
