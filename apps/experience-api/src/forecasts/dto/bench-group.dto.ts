import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { PlannedUtilisationDto } from './planned-utilisation.dto';

/** The workers of one legal entity and cost centre on the bench. */
export class BenchGroupDto implements ProcessForecastApi.SchemaBenchGroupDto {
  @ApiProperty({ example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ type: String, nullable: true, example: 'US-TECH' })
  costCenter: string | null;

  @ApiProperty({
    description: 'Benched hours: capacity not planned, two places.',
    example: '160.00',
  })
  benchHours: string;

  @ApiProperty({ description: 'Least utilised first.', type: [PlannedUtilisationDto] })
  workers: PlannedUtilisationDto[];
}
