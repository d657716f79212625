import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { PsaPassQueryDto } from '@p2c/canonical';

export const WORK_STATUS_FILTERS = ['APPROVED', 'SUBMITTED', 'ANY'] as const;
export type WorkStatusFilter = (typeof WORK_STATUS_FILTERS)[number];

export class ChangedWorkQueryDto extends PsaPassQueryDto('Items') {
  @ApiPropertyOptional({
    description:
      'Without a cursor: only records changed after this instant (the PSA’s clock); absent: all.',
    example: '2026-11-20T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  updatedSince?: string;

  @ApiPropertyOptional({
    description:
      'APPROVED (default): approved ones; SUBMITTED: not approved, withdrawn approvals included; ANY: both.',
    enum: WORK_STATUS_FILTERS,
    default: 'APPROVED',
  })
  @IsOptional()
  @IsIn(WORK_STATUS_FILTERS)
  status?: WorkStatusFilter;
}
