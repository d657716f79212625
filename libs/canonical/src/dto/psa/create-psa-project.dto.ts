import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { PsaAssignmentDto } from './psa-assignment.dto';
import { PsaMilestoneInputDto } from './psa-milestone-input.dto';
import { PsaOpenAssignmentDto } from './psa-open-assignment.dto';

/** A project to set up in the PSA, with its rate card, milestones and planned assignments. */
export class CreatePsaProjectDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000102', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id: string;

  @ApiProperty({
    description: 'The CRM opportunity the project delivers.',
    example: '006NW000102',
    maxLength: 64,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  opportunity: string;

  @ApiProperty({ description: 'Project name.', example: 'Fabrikam — warehouse data platform' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name: string;

  @ApiPropertyOptional({ description: 'Rate card code.', example: 'RC-STD-USD' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  rateCard?: string;

  @ApiProperty({ description: 'First day of delivery.', example: '2026-10-13' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ description: 'Last day of delivery.', example: '2027-03-31' })
  @IsCalendarDate()
  endDate: string;

  @MoneyProperty('Contract value; its currency is the project currency.')
  budget: MoneyDto;

  @ApiProperty({
    description: 'Milestones (may be empty).',
    type: [PsaMilestoneInputDto],
    maxItems: 100,
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PsaMilestoneInputDto)
  milestones: PsaMilestoneInputDto[];

  @ApiProperty({
    description: 'Planned assignments, one per worker (may be empty).',
    type: [PsaAssignmentDto],
    maxItems: 200,
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PsaAssignmentDto)
  assignments: PsaAssignmentDto[];

  @ApiPropertyOptional({
    description:
      'Roles planned without a worker who can be staffed (e.g. the planned one left), held open for restaffing; labels unique.',
    type: [PsaOpenAssignmentDto],
    maxItems: 200,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PsaOpenAssignmentDto)
  openAssignments?: PsaOpenAssignmentDto[];
}
