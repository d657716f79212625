import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { ErpSalesDocumentDto } from './erp-sales-document.dto';

/**
 * A credit memo as the ERP holds it. Its net, tax and total are what it credits, as positive
 * amounts.
 */
export class ErpCreditMemoDto extends ErpSalesDocumentDto {
  @ApiPropertyOptional({
    description: 'Canonical id of the invoice it credits, where it names one.',
    example: 'BE-2026-11-0001',
  })
  @IsOptional()
  @IsString()
  creditedInvoice?: string;
}
