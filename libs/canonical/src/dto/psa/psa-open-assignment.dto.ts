import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';

/**
 * A role planned on a project that no worker fills yet (an unnamed resource in the PSA): what a
 * resource manager restaffs. Its label names it on the project and tells it from the others.
 */
export class PsaOpenAssignmentDto {
  @ApiProperty({
    description: 'What the PSA shows on the open role; unique on its project.',
    example: 'ANALYST, open: E1024 Yara Ito is inactive in the HCM',
    maxLength: 255,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  label: string;

  @ApiProperty({ description: 'Role code, as rate cards use it.', example: 'ANALYST' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  role: string;

  @ApiProperty({ description: 'First day of the assignment.', example: '2026-10-26' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ description: 'Last day of the assignment.', example: '2027-02-26' })
  @IsCalendarDate()
  endDate: string;

  @ApiProperty({ description: 'Planned hours per week.', example: 40, minimum: 0, maximum: 80 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(80)
  hoursPerWeek: number;
}
