import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class PeriodParamsDto {
  @ApiProperty({ description: 'the legal entity\u2019s code', example: 'NWA-UK' })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{0,31}$/, { message: 'legalEntity must be a legal entity code' })
  legalEntity: string;

  @ApiProperty({ description: 'the period, YYYY-MM', example: '2026-10' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be YYYY-MM' })
  period: string;
}
