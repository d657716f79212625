import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ReconciliationDifferenceDto } from './reconciliation-difference.dto';
import { ReconciliationFigureDto } from './reconciliation-figure.dto';

export const RECONCILED_TYPES = ['time', 'expense', 'milestone', 'fee'] as const;

/** One project and type: each side's figures and what differs between them. */
export class ReconciliationLineDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiProperty({
    description: 'time, expense, milestone, or fee (fixed-fee and retainer schedule lines).',
    enum: RECONCILED_TYPES,
    example: 'time',
  })
  type: string;

  @ApiProperty({ description: 'The contract currency the amounts are in.', example: 'USD' })
  currency: string;

  @ApiPropertyOptional({
    description:
      'Approved in the PSA, worked in the period (milestones: completed, due in the period; fees: schedule lines due in it).',
    type: ReconciliationFigureDto,
  })
  psa?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Posted, as the gateway’s ledger (process-time) holds it.',
    type: ReconciliationFigureDto,
  })
  ledger?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description:
      'Taken in by the ledger, its posting on its way or blocked (the posting flow’s own exception case waits): no difference.',
    type: ReconciliationFigureDto,
  })
  unposted?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Posted in the ERP’s project accounting (timeBills, expense reports).',
    type: ReconciliationFigureDto,
  })
  erp?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description:
      'Billed: billing event items of the period’s postings (at their billable value), or the period’s milestone and fee events.',
    type: ReconciliationFigureDto,
  })
  billed?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Of what is billed, what an ERP invoice that agrees with its billing event holds.',
    type: ReconciliationFigureDto,
  })
  invoiced?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description:
      'Of what is invoiced, the share paid (amountPaid pro rata to the invoice total); count: entries whose invoice is paid in full.',
    type: ReconciliationFigureDto,
  })
  paid?: ReconciliationFigureDto;

  @ApiProperty({ description: 'Every entry that differs.', type: [ReconciliationDifferenceDto] })
  differences: ReconciliationDifferenceDto[];
}
