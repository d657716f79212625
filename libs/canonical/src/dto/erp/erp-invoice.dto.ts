import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { InvoiceStatus } from '@p2c/canonical';
import { InvoiceDueDate } from '../invoice-due-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { ErpSalesDocumentDto } from './erp-sales-document.dto';

export const ERP_INVOICE_STATUSES: readonly InvoiceStatus[] = [
  'OPEN',
  'PARTIALLY_PAID',
  'PAID',
  'VOIDED',
];

/** An invoice as the ERP holds it, with what has been paid. */
export class ErpInvoiceDto extends ErpSalesDocumentDto {
  @InvoiceDueDate()
  dueDate?: string;

  @MoneyProperty('Paid so far.')
  amountPaid: MoneyDto;

  @MoneyProperty('Still to pay.')
  amountDue: MoneyDto;

  @ApiProperty({
    description: 'Payment status.',
    enum: ERP_INVOICE_STATUSES,
    example: 'PARTIALLY_PAID',
  })
  @IsIn(ERP_INVOICE_STATUSES)
  status: InvoiceStatus;
}
