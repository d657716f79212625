import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
} from 'class-validator';
import { IsWorkDate } from './work-date.decorator';

/** What an approver changes on an entry, approved or not. */
export class CorrectTimeEntryDto {
  @ApiPropertyOptional({ description: 'The corrected day', example: '2026-11-17' })
  @IsOptional()
  @IsWorkDate()
  date?: string;

  @ApiPropertyOptional({ description: 'The corrected hours', example: 6, maximum: 24 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(24)
  hours?: number;

  @ApiPropertyOptional({ description: 'Whether the client is billed', example: false })
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ description: 'The corrected note', example: 'Split with Q3 work' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}
