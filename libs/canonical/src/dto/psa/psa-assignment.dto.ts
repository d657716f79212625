import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import type { PlannedAssignment } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';

/** A planned assignment: who works on the project, in which role, how much and when. */
export class PsaAssignmentDto implements PlannedAssignment {
  @ApiProperty({ description: 'The worker’s HCM employee id.', example: 'E1003', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  worker: string;

  @ApiProperty({ description: 'Role code, as rate cards use it.', example: 'SENIOR' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  role: string;

  @ApiProperty({ description: 'First day of the assignment.', example: '2026-10-01' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ description: 'Last day of the assignment.', example: '2027-01-29' })
  @IsCalendarDate()
  endDate: string;

  @ApiProperty({ description: 'Planned hours per week.', example: 40, minimum: 0, maximum: 80 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(80)
  hoursPerWeek: number;
}
