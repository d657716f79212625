import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { OptionalLegalEntityCode } from './optional-legal-entity-code.decorator';

/** What the ERP holds of an invoice and of a credit memo alike; amounts in its currency. */
export abstract class ErpSalesDocumentDto {
  @ApiProperty({
    description: 'Canonical id (the billing event id; the ERP record’s external id).',
    example: 'BE-2026-11-0001',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The ERP’s internal id.', example: '90001' })
  @IsString()
  erpId: string;

  @ApiProperty({ description: 'Number the ERP gave it.', example: 'INV90001' })
  @IsString()
  number: string;

  @ApiPropertyOptional({ description: 'Canonical project id.', example: 'P-006NW000101' })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({ description: 'Canonical customer id.', example: 'C-001NW000001' })
  @IsOptional()
  @IsString()
  customer?: string;

  @OptionalLegalEntityCode()
  legalEntity?: string;

  @ApiProperty({ description: 'Date it was issued.', example: '2026-11-30' })
  @IsCalendarDate()
  issueDate: string;

  @ApiPropertyOptional({
    description: 'Accounting period (YYYY-MM) it was posted in.',
    example: '2026-11',
  })
  @IsOptional()
  @IsString()
  period?: string;

  @MoneyProperty('Sum of the lines.')
  net: MoneyDto;

  @MoneyProperty('Tax at the legal entity’s rate.')
  tax: MoneyDto;

  @MoneyProperty('Net plus tax.')
  total: MoneyDto;
}
