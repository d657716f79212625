import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { PsaInvoiceStandingDto } from './psa-invoice-standing.dto';

const SOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An ERP invoice written back to the PSA so delivery teams see number, status and payment. */
export class UpsertPsaInvoiceDto extends PsaInvoiceStandingDto('OPEN') {
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

  @MoneyProperty('Net amount, in the project currency.')
  net: MoneyDto;

  @MoneyProperty('Tax.')
  tax: MoneyDto;

  @MoneyProperty('Paid so far.')
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
