import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ERP_ID_PATTERN } from './erp-patterns';

/** Adopts a customer the ERP already holds (a match) as the canonical customer's record. */
export class LinkErpCustomerDto {
  @ApiProperty({
    description: 'The ERP internal id of the matched customer record.',
    example: '1025',
  })
  @Matches(ERP_ID_PATTERN, { message: 'erpId must be an ERP internal id (digits)' })
  erpId: string;
}
