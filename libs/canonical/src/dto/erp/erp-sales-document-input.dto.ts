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
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { ERP_EXTERNAL_ID_PATTERN } from './erp-patterns';
import { ErpInvoiceLineDto } from './erp-invoice-line.dto';

/**
 * What an invoice and a credit memo are raised with: a project's lines in its currency, dated
 * in an open period. The ERP adds the legal entity's tax.
 */
export abstract class ErpSalesDocumentInputDto {
  @ApiProperty({
    description: 'Canonical project id; the project must be in the ERP.',
    example: 'P-006NW000101',
  })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'project must be a canonical id' })
  project: string;

  @ApiProperty({
    description: 'Date it is issued (its accounting period must be open).',
    example: '2026-11-30',
  })
  @IsCalendarDate()
  issueDate: string;

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

  @ApiProperty({
    description: 'The lines: quantity × rate each, in the document’s currency.',
    type: [ErpInvoiceLineDto],
    minItems: 1,
    maxItems: 500,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ErpInvoiceLineDto)
  lines: ErpInvoiceLineDto[];
}
