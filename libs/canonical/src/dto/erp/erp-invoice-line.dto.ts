import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** One invoice line: quantity × rate, in the invoice's currency. */
export class ErpInvoiceLineDto {
  @ApiProperty({
    description: 'What is billed.',
    example: 'Consulting, November 2026',
    maxLength: 400,
  })
  @IsString()
  @Length(1, 400)
  description: string;

  @ApiProperty({ description: 'Quantity (e.g. hours) as a decimal string.', example: '37.5' })
  @Matches(/^\d{1,9}(\.\d{1,4})?$/, { message: 'quantity must be a decimal string such as "37.5"' })
  quantity: string;

  @MoneyProperty('Price per unit.')
  rate: MoneyDto;
}
