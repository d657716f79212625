import { ApiProperty } from '@nestjs/swagger';

export class PaymentResultDto {
  @ApiProperty({
    description: 'the ERP customerPayment record',
    example: { id: '90002', tranId: 'PYMT90002', payment: 1500 },
  })
  payment: Record<string, unknown>;

  @ApiProperty({
    description:
      'the invoice after the payment (amountRemaining, status: open / partiallyPaid / paidInFull)',
    example: {
      id: '90001',
      amountRemaining: 0,
      status: { id: 'paidInFull', refName: 'Paid In Full' },
    },
  })
  invoice: Record<string, unknown>;
}
