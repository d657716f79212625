import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, Matches } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { UpsertErpPostingDto } from './upsert-erp-posting.dto';

/**
 * Approved time as the gateway posts it to the ERP's project accounting (a timeBill). PUT the same
 * posting id again to correct it (the one ERP record changes in place).
 */
export class UpsertTimePostingDto extends UpsertErpPostingDto {
  @ApiProperty({ description: 'Date the work was done.', example: '2026-11-02' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({
    description:
      'Decimal hours, a whole number of minutes above 0 and at most 24 (the ERP keeps H:MM).',
    example: '7.5',
  })
  @Matches(/^\d{1,2}(\.\d{1,6})?$/, { message: 'hours must be a decimal string such as "7.5"' })
  hours: string;

  @ApiProperty({ description: 'Whether the time is billed to the customer.', example: true })
  @IsBoolean()
  billable: boolean;

  @MoneyProperty('Bill rate per hour in the project’s currency (billable time).', {
    optional: true,
  })
  billRate?: MoneyDto;

  @ApiPropertyOptional({
    description: 'Memo the ERP shows with the entry.',
    example: 'PSA time entry 31000017 v1',
    maxLength: 999,
  })
  @IsOptional()
  @IsString()
  @MaxLength(999)
  memo?: string;
}
