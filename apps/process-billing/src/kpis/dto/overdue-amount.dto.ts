import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** A legal entity's invoices past their due date with something still to pay, in one currency. */
export class OverdueAmountDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Overdue invoices.', example: 2 })
  invoices: number;

  @ApiProperty({ description: 'What is still to pay on them.', type: MoneyDto })
  amount: MoneyDto;
}
