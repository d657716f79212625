import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** What an hour of a worker costs the firm over a period of validity. */
export class CostRateDto {
  @MoneyProperty('Cost of one hour of work.')
  rate: MoneyDto;

  @ApiProperty({
    description: 'First day the rate applies (inclusive).',
    example: '2026-10-01',
    format: 'date',
  })
  @IsCalendarDate()
  effectiveFrom: string;

  @ApiPropertyOptional({
    description: 'Last day the rate applies (inclusive); absent while the rate is open-ended.',
    example: '2026-12-31',
    format: 'date',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string;
}
