import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';

export class PaymentDto {
  @ApiProperty({
    description:
      'amount paid, in the invoice\u2019s currency (decimal string or number, at most 2 decimals)',
    example: '1500.00',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value))
  @IsString()
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, {
    message: 'amount must be a positive decimal with at most 2 decimals',
  })
  amount: string;
}
