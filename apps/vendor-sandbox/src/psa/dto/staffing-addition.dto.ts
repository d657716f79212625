import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsWorkDate } from './work-date.decorator';

export class StaffingAdditionDto {
  @ApiProperty({ description: 'The worker’s HCM employee number', example: 'E1023' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  worker: string;

  @ApiProperty({
    description: 'Role code; an open (unnamed) role of the same code is filled',
    example: 'ANALYST',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  role: string;

  @ApiPropertyOptional({
    description: 'First day (default: the open role’s, else the workspace’s)',
    example: '2026-10-26',
    format: 'date',
  })
  @IsOptional()
  @IsWorkDate()
  startDate?: string;

  @ApiPropertyOptional({
    description: 'Last day (default: the open role’s, else the workspace’s)',
    example: '2027-02-26',
    format: 'date',
  })
  @IsOptional()
  @IsWorkDate()
  endDate?: string;

  @ApiProperty({ description: 'Planned hours per week', example: 40, minimum: 0, maximum: 80 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(80)
  hoursPerWeek: number;
}
