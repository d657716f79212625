import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN } from '@p2c/canonical';

/** One legal entity's month: what a billing run bills, or a reconciliation compares. */
export class LegalEntityPeriodDto {
  @ApiProperty({ description: 'Legal entity code (an ERP subsidiary).', example: 'NWA-US' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiProperty({
    description:
      'The month, YYYY-MM. A billing run bills the posted billable work of this month and every earlier one still unbilled; a reconciliation compares this month’s work and what bills it.',
    example: '2026-11',
  })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month written YYYY-MM' })
  period: string;
}
