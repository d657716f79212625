import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { BenchGroupDto } from './bench-group.dto';

/** The active workers planned under the bench threshold over a range, by legal entity and cost centre. */
export class BenchDto implements ProcessForecastApi.SchemaBenchDto {
  @ApiProperty({ example: '2026-11-23' })
  from: string;

  @ApiProperty({ example: '2026-12-18' })
  to: string;

  @ApiProperty({
    description: 'Under this utilisation (percent) a worker is on the bench.',
    example: '50',
  })
  thresholdPct: string;

  @ApiProperty({ description: 'By legal entity, then cost centre.', type: [BenchGroupDto] })
  groups: BenchGroupDto[];
}
