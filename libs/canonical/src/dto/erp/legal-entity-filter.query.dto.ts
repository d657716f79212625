import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN } from './erp-patterns';

/** Narrows a dimension list to one legal entity. */
export class LegalEntityFilterQueryDto {
  @ApiPropertyOptional({ description: 'Only this legal entity’s records.', example: 'NWA-DE' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity?: string;
}
