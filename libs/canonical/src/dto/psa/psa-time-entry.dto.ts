import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { PSA_WORK_STATUSES, PsaWorkStatus } from './psa-work-status';

/**
 * Time as the PSA holds it now. Source id and version identify what was approved: a new version
 * of an entry (an edit, a withdrawn approval) is a correction of the earlier one.
 */
export class PsaTimeEntryDto {
  @ApiProperty({ description: 'Always `psa`.', enum: ['psa'], example: 'psa' })
  @IsIn(['psa'])
  sourceSystem: 'psa';

  @ApiProperty({ description: 'The PSA’s id of the entry.', example: '100000042' })
  @IsString()
  sourceId: string;

  @ApiProperty({ description: 'Bumped by every edit, approval and withdrawal.', example: 2 })
  @IsInt()
  @Min(1)
  sourceVersion: number;

  @ApiPropertyOptional({
    description: 'Canonical project id; absent when the workspace was not set up by the gateway.',
    example: 'PRJ-006NW000101',
  })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({
    description: 'The worker’s HCM employee id; absent when the PSA user has none.',
    example: 'E1003',
  })
  @IsOptional()
  @IsString()
  worker?: string;

  @ApiPropertyOptional({ description: 'Role code the time was logged in.', example: 'SENIOR' })
  @IsOptional()
  @IsString()
  role?: string;

  @ApiProperty({ description: 'The day worked.', example: '2026-11-02' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({ description: 'Time worked in whole minutes (exact).', example: 450 })
  @IsInt()
  @Min(0)
  minutes: number;

  @ApiProperty({
    description: 'The same as decimal hours (exact when it can be, else six places).',
    example: '7.50',
  })
  @Matches(/^\d+(\.\d+)?$/)
  hours: string;

  @ApiProperty({ description: 'Whether the client is billed for it.', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiProperty({
    description: 'APPROVED or SUBMITTED.',
    enum: PSA_WORK_STATUSES,
    example: 'APPROVED',
  })
  @IsIn(PSA_WORK_STATUSES)
  status: PsaWorkStatus;

  @ApiPropertyOptional({ description: 'The worker’s note.', example: 'Workshop preparation' })
  @IsOptional()
  @IsString()
  notes?: string;

  @ApiProperty({ description: 'Whether an invoice recorded in the PSA bills it.', example: false })
  @IsBoolean()
  invoiced: boolean;

  @ApiProperty({
    description: 'When this version was made (the PSA’s clock).',
    example: '2026-11-20T09:15:00.000Z',
  })
  @IsString()
  changedAt: string;
}
