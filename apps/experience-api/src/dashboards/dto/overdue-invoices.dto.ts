import { ApiProperty } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** A legal entity's open invoices past their due date, in one currency. */
export class OverdueInvoicesDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'Overdue invoices.', example: 2 })
  invoices: number;

  @ApiProperty({ description: 'Still to pay on them.', type: MoneyDto })
  amount: MoneyDto;
}
