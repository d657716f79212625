import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BillingEventDto } from './billing-event.dto';

export const BILLING_RUN_STATUSES = [
  'planning',
  'invoicing',
  'awaiting_approval',
  'completed',
  'completed_with_exceptions',
] as const;

/** A billing run: its status and, per project, what was billed and invoiced. */
export class BillingRunDto {
  @ApiProperty({ description: 'Billing run id.', example: '0b9d7a52-3c1e-4a8f-9d57-2f1c8e0a6b31' })
  id: string;

  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'The month billed, YYYY-MM.', example: '2026-11' })
  period: string;

  @ApiProperty({
    description:
      'planning: unbilled work is being grouped into billing events; invoicing: invoices are on their way; awaiting_approval: the rest is done and some events wait for finance’s approval; completed: all invoiced (or rejected); completed_with_exceptions: done, some projects wait as exceptions.',
    enum: BILLING_RUN_STATUSES,
    example: 'completed',
  })
  status: string;

  @ApiProperty({ description: 'The legal entity’s tax rate the run bills at.', example: '0.20' })
  taxRate: string;

  @ApiProperty({
    description: 'request: started through the API; schedule: by the entity’s billing schedule.',
    enum: ['request', 'schedule'],
    example: 'request',
  })
  trigger: string;

  @ApiProperty({
    description: 'Who started it (`schedule` for the schedule).',
    example: 'finance-analyst',
  })
  requestedBy: string;

  @ApiProperty({
    description:
      'Times the recovery sweep picked the run up again, stuck planning or invoicing with no job left to move it on.',
    example: 0,
  })
  recoveries: number;

  @ApiProperty({
    description: 'One billing event per project with unbilled work.',
    type: [BillingEventDto],
  })
  projects: BillingEventDto[];

  @ApiProperty({ description: 'Started at.', example: '2026-12-01T08:00:00.000Z' })
  createdAt: string;

  @ApiPropertyOptional({
    description: 'When its billing events were made.',
    example: '2026-12-01T08:00:02.000Z',
  })
  plannedAt?: string;

  @ApiPropertyOptional({
    description: 'When every project was done.',
    example: '2026-12-01T08:00:09.000Z',
  })
  completedAt?: string;
}
