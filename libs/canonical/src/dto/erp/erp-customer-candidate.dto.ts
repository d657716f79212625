import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { ErpCustomerRecordDto } from './erp-customer-record.dto';

export const CUSTOMER_MATCH_KINDS = ['TAX_ID', 'NAME'] as const;
export type CustomerMatchKind = (typeof CUSTOMER_MATCH_KINDS)[number];

/** An ERP customer that may be the one searched for. */
export class ErpCustomerCandidateDto extends ErpCustomerRecordDto({
  taxId: 'Tax id the ERP holds.',
  currency: 'of the customer',
}) {
  @ApiProperty({
    description: 'The ERP internal id (pass it to the link operation to adopt it).',
    example: '1025',
  })
  @IsString()
  erpId: string;

  @ApiPropertyOptional({
    description: 'Canonical customer id when the record is already cross-referenced to one.',
    example: 'C-001NW000002',
  })
  @IsOptional()
  @IsString()
  id?: string;

  @ApiProperty({ description: 'What matched.', enum: CUSTOMER_MATCH_KINDS, example: 'NAME' })
  @IsIn(CUSTOMER_MATCH_KINDS)
  matchedBy: CustomerMatchKind;
}
