import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

/** A canonical customer as the ERP holds it. */
export class ErpCustomerDto {
  @ApiProperty({
    description: 'Canonical customer id (the ERP record’s external id).',
    example: 'C-001NW000002',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The ERP’s internal id of the customer record.', example: '1025' })
  @IsString()
  erpId: string;

  @ApiProperty({
    description: 'Company name as the ERP spells it.',
    example: 'FABRIKAM LOGISTICS, INC.',
  })
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: 'Tax (VAT registration) id.', example: 'US-91-7654321' })
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
      'ISO 4217 currency the customer is billed in; absent when the ERP record has no code for it.',
    example: 'USD',
  })
  @IsOptional()
  @IsString()
  currency?: string;

  @ApiProperty({ description: 'False when the ERP marks the customer inactive.', example: true })
  @IsBoolean()
  active: boolean;
}
