import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';

export const TIME_POSTING_STATUSES = ['POSTED', 'REVERSED', 'PENDING_APPROVAL'] as const;
export type TimePostingStatus = (typeof TIME_POSTING_STATUSES)[number];

/** Time in the ERP's project accounting (a timeBill). */
export class TimePostingDto {
  @ApiPropertyOptional({
    description:
      'Posting id (the timeBill’s external id); absent for time keyed into the ERP by hand.',
    example: 'psa-time-31000017-v1',
  })
  @IsOptional()
  @IsString()
  id?: string;

  @ApiProperty({ description: 'The ERP’s internal id of the timeBill.', example: '50001' })
  @IsString()
  erpId: string;

  @ApiPropertyOptional({ description: 'Canonical project id.', example: 'P-006NW000101' })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({ description: 'Canonical worker id.', example: 'E1001' })
  @IsOptional()
  @IsString()
  worker?: string;

  @ApiProperty({ description: 'Date the work was done.', example: '2026-11-02' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({
    description: 'Decimal hours (rounded to 4 places when not a whole number of 3 minutes).',
    example: '7.5',
  })
  @IsString()
  hours: string;

  @ApiProperty({ description: 'The duration in minutes, exact.', example: 450 })
  @IsInt()
  minutes: number;

  @ApiProperty({ description: 'Whether the time is billed.', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiPropertyOptional({ description: 'Bill rate per hour.', type: MoneyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  billRate?: MoneyDto;

  @ApiPropertyOptional({
    description:
      'Billable value: minutes × rate ÷ 60, rounded half away from zero to the minor unit.',
    type: MoneyDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  billableAmount?: MoneyDto;

  @ApiPropertyOptional({ description: 'Memo.', example: 'PSA time entry 31000017 v1' })
  @IsOptional()
  @IsString()
  memo?: string;

  @ApiProperty({
    description:
      'POSTED counts in project accounting; REVERSED (the ERP’s "Rejected") no longer does.',
    enum: TIME_POSTING_STATUSES,
    example: 'POSTED',
  })
  @IsIn(TIME_POSTING_STATUSES)
  status: TimePostingStatus;
}
