import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Min } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';

/** A planned assignment sold with a deal: who works on it, in which role, how much. */
export class OpportunityAssignmentDto {
  @ApiProperty({
    description: 'The CRM resource-assignment record id.',
    example: 'a04SB0000000001',
  })
  @IsString()
  crmId: string;

  @ApiProperty({ description: 'Canonical worker id (the HCM employee id).', example: 'E1001' })
  @IsString()
  worker: string;

  @ApiProperty({ description: 'Role code, as rate cards use it.', example: 'PARTNER' })
  @IsString()
  role: string;

  @ApiPropertyOptional({ description: 'First planned day.', example: '2026-10-01' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'Last planned day.', example: '2027-01-29' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ description: 'Planned hours a week.', example: 8 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  hoursPerWeek?: number;
}
