import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DIMENSION_CODE_PATTERN, IsCalendarDate } from '@p2c/canonical';
import { IsOptional, Matches } from 'class-validator';

export class UtilisationQueryDto {
  @ApiProperty({ description: 'First day of the range.', example: '2026-11-23' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({
    description: 'Last day of the range (at most 366 days after from).',
    example: '2026-12-18',
  })
  @IsCalendarDate()
  to: string;

  @ApiPropertyOptional({ description: 'Only workers of this legal entity.', example: 'NWA-US' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a legal entity code' })
  legalEntity?: string;

  @ApiPropertyOptional({ description: 'Only workers of this cost centre.', example: 'US-TECH' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'costCenter must be a cost centre code' })
  costCenter?: string;
}
