import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsDateString, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/**
 * A signed contract with a customer, usually for a won deal. Fields the CRM leaves empty (or
 * fills with something the gateway cannot read) are absent; the unreadable ones are explained in
 * `issues`.
 */
export class ContractDto {
  @ApiProperty({ description: 'Canonical contract id (gateway-issued).', example: 'ctr_0c4e7a15' })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The CRM contract id.', example: '800SB0000000001' })
  @IsString()
  crmId: string;

  @ApiPropertyOptional({ description: 'Canonical customer id.', example: 'cus_3f1c9a2b' })
  @IsOptional()
  @IsString()
  customer?: string;

  @ApiPropertyOptional({
    description: 'Canonical id of the deal the contract is for.',
    example: 'opp_5b7d40e2',
  })
  @IsOptional()
  @IsString()
  opportunity?: string;

  @ApiPropertyOptional({
    description: 'Contract status as the CRM names it.',
    example: 'Activated',
  })
  @IsOptional()
  @IsString()
  status?: string;

  @ApiPropertyOptional({ description: 'First day of the contract.', example: '2026-10-01' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'Length in months.', example: 12 })
  @IsOptional()
  @IsInt()
  @Min(0)
  termMonths?: number;

  @ApiPropertyOptional({
    description: 'Last day of the contract: the day before start date plus the term.',
    example: '2027-09-30',
  })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @MoneyProperty(
    'Not-to-exceed amount: the most that may be billed under the contract, exact, in the contract\u2019s currency. Absent when the contract has no cap (or one the gateway cannot read: see `issues`).',
    { optional: true },
  )
  notToExceed?: MoneyDto;

  @ApiProperty({
    description: 'When the CRM last changed the contract.',
    example: '2026-11-20T09:00:00.000Z',
  })
  @IsDateString()
  lastModifiedAt: string;

  @ApiProperty({
    description:
      'What the gateway could not read from the CRM record, one sentence each, for a person to fix in the CRM; empty when the record is complete.',
    example: ['CurrencyIsoCode is empty: amounts have no currency.'],
    type: [String],
    maxItems: 50,
  })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  issues: string[];
}
