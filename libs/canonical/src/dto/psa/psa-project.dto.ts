import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import type { ProjectStatus } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { PsaAssignmentDto } from './psa-assignment.dto';
import { PsaMilestoneDto } from './psa-milestone.dto';
import { PsaOpenAssignmentDto } from './psa-open-assignment.dto';

const PROJECT_STATUSES: readonly ProjectStatus[] = ['PROVISIONAL', 'ACTIVE', 'ON_HOLD', 'CLOSED'];

/** A project as the PSA holds it. */
export class PsaProjectDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000102' })
  @IsString()
  id: string;

  @ApiProperty({
    description: 'The PSA’s own id of the project (its workspace).',
    example: '41872',
  })
  @IsString()
  psaId: string;

  @ApiPropertyOptional({
    description: 'The CRM opportunity it delivers, as recorded on the PSA project.',
    example: '006NW000102',
  })
  @IsOptional()
  @IsString()
  opportunity?: string;

  @ApiProperty({ description: 'Project name.', example: 'Fabrikam — warehouse data platform' })
  @IsString()
  name: string;

  @ApiProperty({
    description: 'PROVISIONAL until activated; CLOSED once completed or cancelled.',
    enum: PROJECT_STATUSES,
    example: 'ACTIVE',
  })
  @IsIn(PROJECT_STATUSES)
  status: ProjectStatus;

  @ApiProperty({ description: 'ISO 4217 project currency.', example: 'USD' })
  @IsString()
  currency: string;

  @ApiPropertyOptional({ description: 'Rate card code.', example: 'RC-STD-USD' })
  @IsOptional()
  @IsString()
  rateCard?: string;

  @ApiPropertyOptional({ description: 'First day of delivery.', example: '2026-10-13' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'Last day of delivery.', example: '2027-03-31' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @MoneyProperty('Contract value.', { optional: true })
  budget?: MoneyDto;

  @ApiProperty({
    description: 'Milestones the gateway created, in due-date order.',
    type: [PsaMilestoneDto],
    maxItems: 100,
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PsaMilestoneDto)
  milestones: PsaMilestoneDto[];

  @ApiProperty({
    description: 'Who is staffed on it (PSA participations of workers the HCM knows).',
    type: [PsaAssignmentDto],
    maxItems: 200,
  })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PsaAssignmentDto)
  assignments: PsaAssignmentDto[];

  @ApiProperty({
    description: 'Roles held open on it for restaffing (PSA unnamed resources).',
    type: [PsaOpenAssignmentDto],
    maxItems: 200,
  })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PsaOpenAssignmentDto)
  openAssignments: PsaOpenAssignmentDto[];
}
