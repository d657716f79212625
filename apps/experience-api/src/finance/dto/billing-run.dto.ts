import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessBillingApi } from '@p2c/clients';
import { BillingEventDto } from './billing-event.dto';

/** A billing run: its status and, per project, what it billed. */
export class BillingRunDto implements ProcessBillingApi.SchemaBillingRunDto {
  @ApiProperty({ description: 'Billing run id.', example: '0b9d7a52-3c1e-4a8f-9d57-2f1c8e0a6b31' })
  id: string;

  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({ description: 'The month billed, YYYY-MM.', example: '2026-11' })
  period: string;

  @ApiProperty({
    description:
      'planning: unbilled work is being grouped into billing events; invoicing: invoices are on their way; awaiting_approval: some events wait for finance’s approval; completed: every event invoiced or rejected; completed_with_exceptions: done, some projects wait as exceptions.',
    enum: ['planning', 'invoicing', 'awaiting_approval', 'completed', 'completed_with_exceptions'],
    example: 'planning',
  })
  status: ProcessBillingApi.SchemaBillingRunDto['status'];

  @ApiProperty({ description: 'The legal entity’s tax rate the run bills at.', example: '0.20' })
  taxRate: string;

  @ApiProperty({
    description: 'request: started by someone; schedule: by the entity’s billing schedule.',
    enum: ['request', 'schedule'],
    example: 'request',
  })
  trigger: ProcessBillingApi.SchemaBillingRunDto['trigger'];

  @ApiProperty({
    description: 'Who started it (`schedule` for the schedule).',
    example: 'ana.finance',
  })
  requestedBy: string;

  @ApiProperty({
    description: 'Times the run was picked up again after getting stuck.',
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
