import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import type { PeriodStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';

export const ACCOUNTING_PERIOD_STATUSES: readonly PeriodStatus[] = ['OPEN', 'CLOSED'];

/** A legal entity's accounting period: the ERP takes no transactions dated in a closed one. */
export class AccountingPeriodDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-UK' })
  @IsString()
  legalEntity: string;

  @ApiProperty({ description: 'The month, YYYY-MM.', example: '2026-10' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/)
  period: string;

  @ApiProperty({ description: 'The ERP’s name of the period.', example: 'Oct 2026' })
  @IsString()
  name: string;

  @ApiProperty({ description: 'First day.', example: '2026-10-01' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ description: 'Last day.', example: '2026-10-31' })
  @IsCalendarDate()
  endDate: string;

  @ApiProperty({
    description: 'OPEN takes postings, CLOSED refuses them.',
    enum: ACCOUNTING_PERIOD_STATUSES,
    example: 'OPEN',
  })
  @IsIn(ACCOUNTING_PERIOD_STATUSES)
  status: PeriodStatus;
}
