import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsWorkDate } from './work-date.decorator';

export class GenerateTimeEntriesDto {
  @ApiProperty({ description: 'First day of the period (inclusive)', example: '2026-10-01' })
  @IsWorkDate()
  from: string;

  @ApiProperty({ description: 'Last day of the period (inclusive)', example: '2026-11-20' })
  @IsWorkDate()
  to: string;

  @ApiPropertyOptional({
    description: 'Only the workspace created for this CRM opportunity; absent: every workspace',
    example: '006NW000101',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  opportunity?: string;

  @ApiPropertyOptional({
    description: 'Whether the time is billable (default true)',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({ description: 'A note on every entry', example: 'Generated' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
}
