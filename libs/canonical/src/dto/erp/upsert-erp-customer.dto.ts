import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN, ERP_TAX_ID_PATTERN } from './erp-patterns';

/** The fields of a customer the gateway writes to the ERP (upsert by canonical id). */
export class UpsertErpCustomerDto {
  @ApiProperty({
    description: 'Company name.',
    example: 'Contoso Pharmaceuticals Inc.',
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({
    description: 'Tax (VAT registration) id.',
    example: 'US-84-1234567',
    maxLength: 40,
  })
  @IsOptional()
  @IsString()
  @Matches(ERP_TAX_ID_PATTERN, {
    message: 'taxId must be letters, digits, spaces, dots, dashes or slashes',
  })
  taxId?: string;

  @ApiProperty({
    description: 'Legal entity (ERP subsidiary) code that bills the customer.',
    example: 'NWA-US',
  })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiPropertyOptional({
    description: 'ISO 4217 currency the customer is billed in; the legal entity’s when absent.',
    example: 'USD',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;
}
