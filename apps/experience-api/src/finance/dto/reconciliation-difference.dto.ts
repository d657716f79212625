import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import type { ProcessBillingApi } from '@p2c/clients';

/** One entry two sides disagree on. */
export class ReconciliationDifferenceDto
  implements ProcessBillingApi.SchemaReconciliationDifferenceDto
{
  @ApiProperty({
    description: 'The two sides compared, the reference first.',
    enum: ['psa-ledger', 'ledger-erp', 'ledger-billed', 'billed-invoiced'],
    example: 'ledger-erp',
  })
  comparison: ProcessBillingApi.SchemaReconciliationDifferenceDto['comparison'];

  @ApiProperty({
    description: 'The side the entry is missing from, extra in or different in.',
    enum: ['ledger', 'erp', 'billed', 'invoiced'],
    example: 'erp',
  })
  side: ProcessBillingApi.SchemaReconciliationDifferenceDto['side'];

  @ApiProperty({
    description:
      'missing: the side lacks it; extra: the side has it and the reference does not; different: both have it, the side by hours and amount more (negative: less).',
    enum: ['missing', 'extra', 'different'],
    example: 'missing',
  })
  issue: ProcessBillingApi.SchemaReconciliationDifferenceDto['issue'];

  @ApiProperty({
    description:
      'The posting id, the billing event id, or erp:<internal id> of a record keyed in by hand.',
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
