import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ERP_EXTERNAL_ID_PATTERN } from './erp-patterns';
import { ErpSalesDocumentInputDto } from './erp-sales-document-input.dto';

/**
 * A credit memo to raise in the ERP for a project: what a correction takes back from work
 * already invoiced, as positive amounts (a sent invoice is never edited). The ERP adds the legal
 * entity's tax, as on an invoice.
 */
export class CreateErpCreditMemoDto extends ErpSalesDocumentInputDto {
  @ApiPropertyOptional({
    description:
      'Canonical id of the invoice it credits; that invoice must be in the ERP, for the same customer and in the same currency.',
    example: 'BE-2026-11-0001',
  })
  @IsOptional()
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'creditedInvoice must be a canonical id' })
  creditedInvoice?: string;
}
