import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN } from '@p2c/canonical';

/** A legal entity's period in the path. */
export class PeriodParamsDto {
  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-UK' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiProperty({ description: 'The month, YYYY-MM.', example: '2026-10' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month written YYYY-MM' })
  period: string;
}
