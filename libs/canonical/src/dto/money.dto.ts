import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, ValidateBy } from 'class-validator';
import { isCurrency } from '../money/currency';
import type { MoneyJson } from '../money/money';

/** An exact amount on the wire: a decimal string (never a float) and its ISO 4217 currency. */
export class MoneyDto implements MoneyJson {
  @ApiProperty({
    description: 'Exact decimal amount as a string, never a floating-point number.',
    example: '1250.00',
    pattern: '^-?\\d+(\\.\\d+)?$',
  })
  @IsString()
  @Matches(/^-?\d+(\.\d+)?$/, { message: 'amount must be a decimal string such as "1250.00"' })
  amount!: string;

  @ApiProperty({ description: 'ISO 4217 currency code.', example: 'USD', pattern: '^[A-Z]{3}$' })
  @ValidateBy({
    name: 'isIso4217Currency',
    validator: {
      validate: (value: unknown) => isCurrency(value),
      defaultMessage: () => 'currency must be an ISO 4217 currency code',
    },
  })
  currency!: string;
}
