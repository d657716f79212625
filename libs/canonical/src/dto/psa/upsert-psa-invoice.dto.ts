import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { InvoiceStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { PSA_INVOICE_STATUSES } from './psa-invoice-status';

const SOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An ERP invoice written back to the PSA so delivery teams see number, status and payment. */
export class UpsertPsaInvoiceDto {
  @ApiProperty({
    description: 'Canonical project id the invoice bills.',
    example: 'PRJ-006NW000101',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  project: string;

  @ApiPropertyOptional({ description: 'The ERP’s invoice number.', example: 'INV-2026-0042' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  number?: string;

  @ApiProperty({ description: 'Invoice status.', enum: PSA_INVOICE_STATUSES, example: 'OPEN' })
  @IsIn(PSA_INVOICE_STATUSES)
  status: InvoiceStatus;

  @ApiPropertyOptional({ description: 'Issue date.', example: '2026-11-30' })
  @IsOptional()
  @IsCalendarDate()
  issueDate?: string;

  @ApiPropertyOptional({ description: 'Due date.', example: '2026-12-30' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  @ApiProperty({ description: 'Net amount, in the project currency.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  net: MoneyDto;

  @ApiProperty({ description: 'Tax.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  tax: MoneyDto;

  @ApiProperty({ description: 'Paid so far.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  amountPaid: MoneyDto;

  @ApiProperty({
    description:
      'PSA ids (sourceId) of the approved time entries it bills; linked when the PSA invoice is first recorded.',
    type: [String],
    example: ['100000042'],
    maxItems: 10000,
  })
  @IsArray()
  @ArrayMaxSize(10000)
  @Matches(SOURCE_ID, { each: true })
  timeEntries: string[];

  @ApiProperty({
    description: 'PSA ids (sourceId) of the approved expenses it bills.',
    type: [String],
    example: [],
    maxItems: 10000,
  })
  @IsArray()
  @ArrayMaxSize(10000)
  @Matches(SOURCE_ID, { each: true })
  expenses: string[];
}
