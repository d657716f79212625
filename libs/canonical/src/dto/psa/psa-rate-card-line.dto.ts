import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import type { RateCardLine } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** The bill rate of one role over a period of validity. */
export class PsaRateCardLineDto implements RateCardLine {
  @ApiProperty({ description: 'Role code.', example: 'SENIOR' })
  @IsString()
  role: string;

  @MoneyProperty('What an hour of the role bills.')
  rate: MoneyDto;

  @ApiProperty({ description: 'First day the rate applies (inclusive).', example: '2026-11-01' })
  @IsCalendarDate()
  effectiveFrom: string;

  @ApiPropertyOptional({
    description: 'Last day it applies (inclusive); absent while open-ended.',
    example: '2026-10-31',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string;
}
