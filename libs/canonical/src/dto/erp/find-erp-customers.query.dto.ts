import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { ERP_TAX_ID_PATTERN } from './erp-patterns';

/** Who to look for among the ERP's customers. */
export class FindErpCustomersQueryDto {
  @ApiProperty({
    description: 'Company name as the caller spells it.',
    example: 'Fabrikam Logistics',
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({
    description: 'Tax id; tried before the name.',
    example: 'US-91-7654321',
    maxLength: 40,
  })
  @IsOptional()
  @Matches(ERP_TAX_ID_PATTERN, {
    message: 'taxId must be letters, digits, spaces, dots, dashes or slashes',
  })
  taxId?: string;
}
