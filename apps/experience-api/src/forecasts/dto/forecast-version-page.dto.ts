import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';
import { ForecastVersionSummaryDto } from './forecast-version-summary.dto';

export class ForecastVersionPageDto implements ProcessForecastApi.SchemaForecastVersionPageDto {
  @ApiProperty({ description: 'Newest first.', type: [ForecastVersionSummaryDto] })
  items: ForecastVersionSummaryDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
