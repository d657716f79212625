import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, ValidateNested } from 'class-validator';
import { ErpInvoicePaymentDto } from './erp-invoice-payment.dto';

/** Every payment applied to an invoice, oldest first. */
export class ErpInvoicePaymentsDto {
  @ApiProperty({ description: 'Canonical invoice id.', example: 'BE-2026-11-0001' })
  @IsString()
  invoice: string;

  @ApiProperty({ description: 'The payments.', type: [ErpInvoicePaymentDto], maxItems: 1000 })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ErpInvoicePaymentDto)
  items: ErpInvoicePaymentDto[];
}
