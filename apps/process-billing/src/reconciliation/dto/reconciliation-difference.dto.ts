import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

export const RECONCILED_COMPARISONS = [
  'psa-ledger',
  'ledger-erp',
  'ledger-billed',
  'billed-invoiced',
] as const;
export const RECONCILED_ISSUES = ['missing', 'extra', 'different'] as const;
export const DIFFERING_SIDES = ['ledger', 'erp', 'billed', 'invoiced'] as const;

/** One entry two sides disagree on. */
export class ReconciliationDifferenceDto {
  @ApiProperty({
    description:
      'The two sides compared, the reference first: PSA vs ledger, ledger vs ERP, ledger vs billing, billing vs the ERP’s invoices.',
    enum: RECONCILED_COMPARISONS,
    example: 'ledger-erp',
  })
  comparison: string;

  @ApiProperty({
    description: 'The side the entry is missing from, extra in or different in.',
    enum: DIFFERING_SIDES,
    example: 'erp',
  })
  side: string;

  @ApiProperty({
    description:
      'missing: the side lacks it (hours and amount are what it lacks); extra: the side has it and the reference does not (what it has too much); different: both have it, the side by hours and amount more (negative: less).',
    enum: RECONCILED_ISSUES,
    example: 'missing',
  })
  issue: string;

  @ApiProperty({
    description:
      'What differs: the posting id, the billing event id, or erp:<internal id> of a record keyed into the ERP by hand.',
    example: 'psa-time-31000017',
  })
  entry: string;

  @ApiPropertyOptional({
    description: 'The PSA’s id of the time entry or expense.',
    example: '31000017',
  })
  source?: string;

  @ApiPropertyOptional({ description: 'Minutes missing, extra or different.', example: 480 })
  minutes?: number;

  @ApiPropertyOptional({ description: 'The same as decimal hours.', example: '8' })
  hours?: string;

  @ApiPropertyOptional({ description: 'Amount missing, extra or different.', type: MoneyDto })
  amount?: MoneyDto;

  @ApiProperty({
    description: 'What each side says.',
    example: 'posted in the ledger, and the ERP has no timeBill of it',
  })
  detail: string;

  @ApiPropertyOptional({
    description: 'The RECONCILIATION_MISMATCH exception case that names it.',
    example: '8a3f4c21-6d0e-4b7a-93c5-1e2f0a9b8c7d',
  })
  exception?: string;
}
