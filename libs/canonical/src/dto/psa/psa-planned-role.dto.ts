import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';

/** A role planned on a project: in which role, how much and when, staffed or not. */
export abstract class PsaPlannedRoleDto {
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
