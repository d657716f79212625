import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessBillingApi } from '@p2c/clients';
import { ReconciliationDifferenceDto } from './reconciliation-difference.dto';
import { ReconciliationFigureDto } from './reconciliation-figure.dto';

/** One project and type: each side's figures and what differs between them. */
export class ReconciliationLineDto implements ProcessBillingApi.SchemaReconciliationLineDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiProperty({
    description: 'time, expense, milestone, or fee (fixed-fee and retainer lines).',
    enum: ['time', 'expense', 'milestone', 'fee'],
    example: 'time',
  })
  type: ProcessBillingApi.SchemaReconciliationLineDto['type'];

  @ApiProperty({ description: 'The contract currency of the amounts.', example: 'USD' })
  currency: string;

  @ApiPropertyOptional({ description: 'Approved in the PSA.', type: ReconciliationFigureDto })
  psa?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Posted, in the gateway’s ledger.',
    type: ReconciliationFigureDto,
  })
  ledger?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description:
      'Taken in by the ledger and not posted yet (on its way or blocked): no difference.',
    type: ReconciliationFigureDto,
  })
  unposted?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Posted in the ERP’s project accounting.',
    type: ReconciliationFigureDto,
  })
  erp?: ReconciliationFigureDto;

  @ApiPropertyOptional({ description: 'Billed by billing events.', type: ReconciliationFigureDto })
  billed?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Of what is billed, what the ERP’s invoices hold.',
    type: ReconciliationFigureDto,
  })
  invoiced?: ReconciliationFigureDto;

  @ApiPropertyOptional({
    description: 'Of what is invoiced, the share paid.',
    type: ReconciliationFigureDto,
  })
  paid?: ReconciliationFigureDto;

  @ApiProperty({ description: 'Every entry that differs.', type: [ReconciliationDifferenceDto] })
  differences: ReconciliationDifferenceDto[];
}
