import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN, IsCalendarDate, MonthRangeQueryDto } from '@p2c/canonical';

export class RevenueQueryDto extends MonthRangeQueryDto {
  @ApiProperty({
    description: 'Legal entity code, one of BILLING_LEGAL_ENTITIES.',
    example: 'NWA-US',
  })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiPropertyOptional({
    description:
      'The day fee, retainer and milestone lines are counted up to (due, or completed, on or before it), YYYY-MM-DD; today (UTC) when absent.',
    example: '2026-11-20',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
