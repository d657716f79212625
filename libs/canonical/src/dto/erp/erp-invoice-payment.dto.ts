import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** A customer payment applied to an invoice. */
export class ErpInvoicePaymentDto {
  @ApiProperty({ description: 'The ERP’s internal id of the payment.', example: '90002' })
  @IsString()
  erpId: string;

  @ApiProperty({ description: 'Payment number the ERP gave it.', example: 'PYMT90002' })
  @IsString()
  number: string;

  @ApiProperty({ description: 'Payment date.', example: '2026-11-20' })
  @IsCalendarDate()
  date: string;

  @MoneyProperty('Amount applied to this invoice.')
  amount: MoneyDto;
}
