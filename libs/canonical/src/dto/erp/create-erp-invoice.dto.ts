import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { InvoiceDueDate } from '../invoice-due-date.decorator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { ERP_EXTERNAL_ID_PATTERN } from './erp-patterns';
import { ErpInvoiceLineDto } from './erp-invoice-line.dto';

/** An invoice to raise in the ERP for a project; the ERP adds the legal entity's tax. */
export class CreateErpInvoiceDto {
  @ApiProperty({
    description: 'Canonical project id; the project must be in the ERP.',
    example: 'P-006NW000101',
  })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'project must be a canonical id' })
  project: string;

  @ApiProperty({
    description: 'Invoice date (its accounting period must be open).',
    example: '2026-11-30',
  })
  @IsCalendarDate()
  issueDate: string;

  @InvoiceDueDate()
  dueDate?: string;

  @ApiProperty({ description: 'ISO 4217 currency: the project’s.', example: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency: string;

  @ApiPropertyOptional({
    description: 'Memo.',
    example: 'Billing run 2026-11 NWA-US',
    maxLength: 999,
  })
  @IsOptional()
  @IsString()
  @MaxLength(999)
  memo?: string;

  @ApiProperty({ description: 'The lines.', type: [ErpInvoiceLineDto], minItems: 1, maxItems: 500 })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ErpInvoiceLineDto)
  lines: ErpInvoiceLineDto[];
}
