import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import type { ProjectStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { ERP_EXTERNAL_ID_PATTERN, DIMENSION_CODE_PATTERN } from './erp-patterns';
import { ErpProjectClass } from './erp-project-class.decorator';

/** The statuses the ERP can be told; it has no "on hold". */
export const ERP_WRITABLE_PROJECT_STATUSES: readonly ProjectStatus[] = [
  'PROVISIONAL',
  'ACTIVE',
  'CLOSED',
];

/** A project as the gateway writes it to the ERP (upsert by canonical id). */
export class UpsertErpProjectDto {
  @ApiProperty({
    description: 'Project name.',
    example: 'Contoso — ERP selection & roadmap',
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({
    description:
      'Canonical id of the customer; it must have its ERP record already (upsert or link it first).',
    example: 'C-001NW000001',
  })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'customer must be a canonical id' })
  customer: string;

  @ApiProperty({ description: 'Legal entity code.', example: 'NWA-US' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity: string;

  @ApiProperty({ description: 'Cost centre code.', example: 'US-STRAT' })
  @Matches(DIMENSION_CODE_PATTERN, { message: 'costCenter must be a dimension code' })
  costCenter: string;

  @ErpProjectClass()
  class?: string;

  @ApiPropertyOptional({
    description: 'ISO 4217 currency; the legal entity’s when absent.',
    example: 'USD',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;

  @ApiProperty({ description: 'Start date.', example: '2026-10-05' })
  @IsCalendarDate()
  startDate: string;

  @ApiPropertyOptional({ description: 'Projected end date.', example: '2027-03-31' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({
    description:
      'Status to set. Absent: a new project is PROVISIONAL and an existing one keeps its status (a change order does not deactivate it).',
    enum: ERP_WRITABLE_PROJECT_STATUSES,
    example: 'PROVISIONAL',
  })
  @IsOptional()
  @IsIn(ERP_WRITABLE_PROJECT_STATUSES)
  status?: ProjectStatus;
}
