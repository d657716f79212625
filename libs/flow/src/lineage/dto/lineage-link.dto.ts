import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import { LINEAGE_STAGES, LineageStage } from '../lineage-stage';

/** One record of a lineage chain: where it is held, under which ids, how it stands and since when. */
export class LineageLinkDto {
  @ApiProperty({
    description:
      'entry (the PSA time entry or expense), posting (one version of it in the ERP), billing-event, invoice (or credit memo) or payment.',
    enum: LINEAGE_STAGES,
    example: 'posting',
  })
  stage: LineageStage;

  @ApiProperty({ description: 'Where the record is held.', example: 'erp' })
  system: string;

  @ApiProperty({ description: 'The kind of record there.', example: 'timeBill' })
  type: string;

  @ApiProperty({
    description:
      'The gateway’s id of the record (for a posting the ERP external id, for an invoice its billing event), or the source’s for an entry.',
    example: 'psa-time-31000017',
  })
  id: string;

  @ApiPropertyOptional({
    description: 'The holding system’s own id, once it confirmed the record.',
    example: '50001',
  })
  externalId?: string;

  @ApiPropertyOptional({
    description: 'A number people quote (an invoice or payment number).',
    example: 'INV90001',
  })
  number?: string;

  @ApiPropertyOptional({ description: 'The version of the source it carries.', example: '2' })
  version?: string;

  @ApiProperty({
    description:
      'How it stands: an entry approved or withdrawn; a posting hop pending, succeeded, failed or reversed; a billing event’s status; an invoice’s payment status; a payment received.',
    example: 'succeeded',
  })
  status: string;

  @ApiPropertyOptional({ description: 'The value it carries.', type: MoneyDto })
  amount?: MoneyDto;

  @ApiProperty({
    description: 'The ids of the records of the stage before that it was made from.',
    type: [String],
    example: ['31000017'],
  })
  from: string[];

  @ApiProperty({
    description: 'When it started (claimed, made, received).',
    example: '2026-11-20T09:15:00.000Z',
  })
  startedAt: string;

  @ApiPropertyOptional({
    description: 'When the holding system confirmed it.',
    example: '2026-11-20T09:15:01.000Z',
  })
  completedAt?: string;
}
