import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString } from 'class-validator';

/** A customer as the CRM's account holds it: who the firm sells to. */
export class CustomerAccountDto {
  @ApiProperty({ description: 'Canonical customer id (gateway-issued).', example: 'cus_3f1c9a2b' })
  @IsString()
  id: string;

  @ApiProperty({
    description: 'The CRM account id, for people looking it up in the CRM.',
    example: '001NW000001',
  })
  @IsString()
  crmId: string;

  @ApiProperty({
    description: 'Legal name as sales recorded it.',
    example: 'Contoso Pharmaceuticals Inc.',
  })
  @IsString()
  name: string;

  @ApiPropertyOptional({
    description: 'Tax or VAT id; absent when the CRM has none.',
    example: 'US-84-1234567',
  })
  @IsOptional()
  @IsString()
  taxId?: string;

  @ApiPropertyOptional({
    description:
      'Billing country as the CRM holds it (ISO 3166-1 alpha-2 where the CRM enforces it).',
    example: 'US',
  })
  @IsOptional()
  @IsString()
  billingCountry?: string;

  @ApiPropertyOptional({
    description:
      'The partner that brought or serves the customer (partner tokens see only theirs).',
    example: 'PARTNER-ALPHA',
  })
  @IsOptional()
  @IsString()
  partner?: string;

  @ApiProperty({
    description: 'When the CRM last changed the account.',
    example: '2026-11-20T09:00:00.000Z',
  })
  @IsDateString()
  lastModifiedAt: string;
}
