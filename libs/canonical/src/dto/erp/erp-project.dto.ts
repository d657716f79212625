import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import type { ProjectStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { OptionalCostCenterCode } from '../optional-cost-center-code.decorator';

export const ERP_PROJECT_STATUSES: readonly ProjectStatus[] = [
  'PROVISIONAL',
  'ACTIVE',
  'ON_HOLD',
  'CLOSED',
];

/** A canonical project as the ERP holds it (a job). Only an ACTIVE project takes time. */
export class ErpProjectDto {
  @ApiProperty({
    description: 'Canonical project id (the job’s external id).',
    example: 'P-006NW000101',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The ERP’s internal id of the job.', example: '1031' })
  @IsString()
  erpId: string;

  @ApiProperty({ description: 'Project name.', example: 'Contoso — ERP selection & roadmap' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ description: 'Canonical id of the customer.', example: 'C-001NW000001' })
  @IsOptional()
  @IsString()
  customer?: string;

  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  @IsString()
  legalEntity: string;

  @OptionalCostCenterCode()
  costCenter?: string;

  @ApiPropertyOptional({
    description: 'Class code (billing model).',
    example: 'TIME_AND_MATERIALS',
  })
  @IsOptional()
  @IsString()
  class?: string;

  @ApiProperty({ description: 'ISO 4217 currency of the project.', example: 'USD' })
  @IsString()
  currency: string;

  @ApiPropertyOptional({ description: 'Start date.', example: '2026-10-05' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'Projected end date.', example: '2027-03-31' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiProperty({
    description:
      'ACTIVE is the ERP’s "In Progress", PROVISIONAL its "Pending" or "Awarded", CLOSED its "Closed", "Not Awarded" or an inactive job.',
    enum: ERP_PROJECT_STATUSES,
    example: 'ACTIVE',
  })
  @IsIn(ERP_PROJECT_STATUSES)
  status: ProjectStatus;
}
