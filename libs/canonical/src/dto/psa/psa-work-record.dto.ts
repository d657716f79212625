import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { PSA_WORK_STATUSES, PsaWorkStatus } from './psa-work-status';

/** What time entries and expenses share as the PSA holds them: version, project, status, billing. */
export abstract class PsaWorkRecordDto {
  @ApiProperty({ description: 'Always `psa`.', enum: ['psa'], example: 'psa' })
  @IsIn(['psa'])
  sourceSystem: 'psa';

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
