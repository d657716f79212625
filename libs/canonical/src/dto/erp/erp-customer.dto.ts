import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { ErpCustomerRecordDto } from './erp-customer-record.dto';

/** A canonical customer as the ERP holds it. */
export class ErpCustomerDto extends ErpCustomerRecordDto({
  taxId: 'Tax (VAT registration) id.',
  currency: 'the customer is billed in',
}) {
  @ApiProperty({
    description: 'Canonical customer id (the ERP record’s external id).',
    example: 'C-001NW000002',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The ERP’s internal id of the customer record.', example: '1025' })
  @IsString()
  erpId: string;
}
