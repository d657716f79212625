import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN, MonthRangeQueryDto } from '@p2c/canonical';

export class RevenueForecastQueryDto extends MonthRangeQueryDto {
  @ApiProperty({ description: 'Legal entity code (one the ERP knows).', example: 'NWA-US' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a legal entity code' })
  legalEntity: string;
}
