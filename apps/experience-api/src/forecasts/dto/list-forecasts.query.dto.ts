import { ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageQuery, DIMENSION_CODE_PATTERN } from '@p2c/canonical';
import { IsOptional, Matches } from 'class-validator';

export class ListForecastsQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {
  @ApiPropertyOptional({
    description: 'Only the projects of this legal entity (one the ERP knows).',
    example: 'NWA-US',
  })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a legal entity code' })
  legalEntity?: string;
}
