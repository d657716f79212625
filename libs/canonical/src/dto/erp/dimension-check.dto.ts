import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN } from './erp-patterns';
import { ErpProjectClass } from './erp-project-class.decorator';

/** The dimensions a project is to be set up with, checked before anything is written. */
export class DimensionCheckDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-DE' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiProperty({ description: 'Cost centre code.', example: 'DE-DATA' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'costCenter must be a dimension code' })
  costCenter: string;

  @ApiProperty({ description: 'ISO 4217 currency of the contract.', example: 'EUR' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency: string;

  @ErpProjectClass()
  class?: string;
}
