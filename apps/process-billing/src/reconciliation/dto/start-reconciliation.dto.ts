import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN, PERIOD_PATTERN } from '@p2c/canonical';

/** A reconciliation to start: one legal entity, one month. */
export class StartReconciliationDto {
  @ApiProperty({ description: 'Legal entity code (an ERP subsidiary).', example: 'NWA-US' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiProperty({
    description: 'The month reconciled, YYYY-MM: work of this month, and what bills it.',
    example: '2026-11',
  })
  @Matches(PERIOD_PATTERN, { message: 'period must be a month written YYYY-MM' })
  period: string;
}
