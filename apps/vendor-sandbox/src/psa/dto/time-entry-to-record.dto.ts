import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
} from 'class-validator';
import { IsWorkDate } from './work-date.decorator';

export class TimeEntryToRecordDto {
  @ApiProperty({
    description:
      'The CRM opportunity id; the entry goes to the PSA workspace created for it (see the README)',
    example: '006NW000101',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  opportunity: string;

  @ApiProperty({ description: 'The worker’s HCM employee number', example: 'E1003' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  worker: string;

  @ApiProperty({ description: 'The day worked', example: '2026-11-16', format: 'date' })
  @IsWorkDate()
  date: string;

  @ApiProperty({ description: 'Hours worked, kept to the minute', example: 7.5, maximum: 24 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(24)
  hours: number;

  @ApiProperty({ description: 'Whether the client is billed for the time', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiPropertyOptional({ description: 'What the time was spent on', example: 'Workshop prep' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}
