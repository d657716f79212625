import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';

export const CUSTOMER_MATCH_KINDS = ['TAX_ID', 'NAME'] as const;
export type CustomerMatchKind = (typeof CUSTOMER_MATCH_KINDS)[number];

/** An ERP customer that may be the one searched for. */
export class ErpCustomerCandidateDto {
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

  @ApiProperty({
    description: 'Company name as the ERP spells it.',
    example: 'FABRIKAM LOGISTICS, INC.',
  })
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: 'Tax id the ERP holds.', example: 'US-91-7654321' })
  @IsOptional()
  @IsString()
  taxId?: string;

  @ApiPropertyOptional({
    description:
      'Legal entity (ERP subsidiary) code; absent when the ERP record has no code for it.',
    example: 'NWA-US',
  })
  @IsOptional()
  @IsString()
  legalEntity?: string;

  @ApiPropertyOptional({
    description:
      'ISO 4217 currency of the customer; absent when the ERP record has no code for it.',
    example: 'USD',
  })
  @IsOptional()
  @IsString()
  currency?: string;

  @ApiProperty({ description: 'False when the ERP marks the customer inactive.', example: true })
  @IsBoolean()
  active: boolean;

  @ApiProperty({ description: 'What matched.', enum: CUSTOMER_MATCH_KINDS, example: 'NAME' })
  @IsIn(CUSTOMER_MATCH_KINDS)
  matchedBy: CustomerMatchKind;
}
