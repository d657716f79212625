import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class GetForecastQueryDto {
  @ApiPropertyOptional({
    description:
      'The forecast as it stood at this time (the newest version computed by then); absent: the newest.',
    example: '2026-11-13T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  asOf?: string;
}
