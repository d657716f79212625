import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { InvoiceStatus } from '@p2c/canonical';
import { InvoiceDueDate } from '../invoice-due-date.decorator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { PSA_INVOICE_STATUSES } from './psa-invoice-status';

/**
 * Where an invoice stands as the PSA shows it: status and dates. A base class for the invoice as
 * the PSA records it and as the gateway writes it back, `statusExample` the status each shows.
 */
export function PsaInvoiceStandingDto(statusExample: InvoiceStatus) {
  abstract class PsaInvoiceStanding {
    @ApiProperty({
      description: 'Invoice status.',
      enum: PSA_INVOICE_STATUSES,
      example: statusExample,
    })
    @IsIn(PSA_INVOICE_STATUSES)
    status: InvoiceStatus;

    @ApiPropertyOptional({ description: 'Issue date.', example: '2026-11-30' })
    @IsOptional()
    @IsCalendarDate()
    issueDate?: string;

    @InvoiceDueDate()
    dueDate?: string;
  }
  return PsaInvoiceStanding;
}
