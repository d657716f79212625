import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { PsaWorkRecordDto } from './psa-work-record.dto';

/**
 * Time as the PSA holds it now. Source id and version identify what was approved: a new version
 * of an entry (an edit, a withdrawn approval) is a correction of the earlier one.
 */
export class PsaTimeEntryDto extends PsaWorkRecordDto {
  @ApiProperty({ description: 'The PSA’s id of the entry.', example: '100000042' })
  @IsString()
  sourceId: string;

  @ApiPropertyOptional({
    description: 'The worker’s HCM employee id; absent when the PSA user has none.',
    example: 'E1003',
  })
  @IsOptional()
  @IsString()
  worker?: string;

  @ApiPropertyOptional({ description: 'Role code the time was logged in.', example: 'SENIOR' })
  @IsOptional()
  @IsString()
  role?: string;

  @ApiProperty({ description: 'The day worked.', example: '2026-11-02' })
  @IsCalendarDate()
  workDate: string;

  @ApiProperty({ description: 'Time worked in whole minutes (exact).', example: 450 })
  @IsInt()
  @Min(0)
  minutes: number;

  @ApiProperty({
    description: 'The same as decimal hours (exact when it can be, else six places).',
    example: '7.50',
  })
  @Matches(/^\d+(\.\d+)?$/)
  hours: string;

  @ApiPropertyOptional({ description: 'The worker’s note.', example: 'Workshop preparation' })
  @IsOptional()
  @IsString()
  notes?: string;
}
