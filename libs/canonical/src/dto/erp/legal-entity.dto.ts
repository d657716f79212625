import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches } from 'class-validator';

/** A legal entity: the ERP subsidiary whose external id is the entity's code. */
export class LegalEntityDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  @IsString()
  code: string;

  @ApiProperty({ description: 'Name.', example: 'Northwind Advisory Inc.' })
  @IsString()
  name: string;

  @ApiProperty({ description: 'ISO 4217 currency the entity books in.', example: 'USD' })
  @IsString()
  currency: string;

  @ApiProperty({ description: 'ISO 3166 country code.', example: 'US' })
  @IsString()
  country: string;

  @ApiProperty({ description: 'Sales tax rate as a decimal string.', example: '0.20' })
  @Matches(/^\d+(\.\d+)?$/)
  taxRate: string;

  @ApiProperty({ description: 'False when the ERP marks the subsidiary inactive.', example: true })
  @IsBoolean()
  active: boolean;
}
