import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/**
 * The bill rate of a role on a rate card on one work date. `rate` is absent when the card has no
 * line for the role that day (the process tier's RATE_MISSING); `reason` then says what is missing.
 */
export class PsaBillRateDto {
  @ApiProperty({ description: 'Rate card code.', example: 'RC-PUBSEC-USD' })
  @IsString()
  rateCard: string;

  @ApiProperty({ description: 'Role code.', example: 'ANALYST' })
  @IsString()
  role: string;

  @ApiProperty({ description: 'The work date asked about.', example: '2026-11-02' })
  @IsCalendarDate()
  date: string;

  @MoneyProperty('The rate effective that day; absent when there is none.', { optional: true })
  rate?: MoneyDto;

  @ApiPropertyOptional({
    description: 'Why there is no rate, for a person to fix in the PSA.',
    example: 'Rate card RC-PUBSEC-USD has no ANALYST rate effective on 2026-11-02.',
  })
  @IsOptional()
  @IsString()
  reason?: string;
}
