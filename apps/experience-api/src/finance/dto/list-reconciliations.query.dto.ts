import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CursorPageQuery, DIMENSION_CODE_PATTERN } from '@p2c/canonical';

export class ListReconciliationsQueryDto extends CursorPageQuery({
  defaultLimit: 20,
  maxLimit: 100,
}) {
  @ApiPropertyOptional({ description: 'Only this legal entity.', example: 'NWA-US' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity?: string;

  @ApiPropertyOptional({ description: 'Only this month, YYYY-MM.', example: '2026-11' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month written YYYY-MM' })
  period?: string;
}
