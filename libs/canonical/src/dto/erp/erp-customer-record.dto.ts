import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';

/** How one view of an ERP customer words its tax id and its currency. */
export interface ErpCustomerRecordWords {
  taxId: string;
  /** completes "ISO 4217 currency …", e.g. `of the customer` */
  currency: string;
}

/**
 * What the ERP holds of a customer beyond its ids: name, tax id, legal entity, currency and
 * whether it is active. A base class per view of the customer, documented in that view's words.
 */
export function ErpCustomerRecordDto(words: ErpCustomerRecordWords) {
  abstract class ErpCustomerRecord {
    @ApiProperty({
      description: 'Company name as the ERP spells it.',
      example: 'FABRIKAM LOGISTICS, INC.',
    })
    @IsString()
    name: string;

    @ApiPropertyOptional({ description: words.taxId, example: 'US-91-7654321' })
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
      description: `ISO 4217 currency ${words.currency}; absent when the ERP record has no code for it.`,
      example: 'USD',
    })
    @IsOptional()
    @IsString()
    currency?: string;

    @ApiProperty({ description: 'False when the ERP marks the customer inactive.', example: true })
    @IsBoolean()
    active: boolean;
  }
  return ErpCustomerRecord;
}
