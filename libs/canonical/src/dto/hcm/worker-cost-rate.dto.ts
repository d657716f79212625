import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { CostRateDto } from './cost-rate.dto';

/**
 * A worker's cost rate on one work date. `costRate` is absent when no rate is effective that day
 * (the process tier's RATE_MISSING); `active` false means the worker has left (WORKER_UNMAPPED).
 */
export class WorkerCostRateDto {
  @ApiProperty({ description: 'The HCM employee id.', example: 'E1010' })
  @IsString()
  worker: string;

  @ApiProperty({ description: 'The work date asked about.', example: '2026-10-15', format: 'date' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ description: 'Whether the worker is active in the HCM.', example: true })
  @IsBoolean()
  active: boolean;

  @ApiPropertyOptional({
    description: 'The rate effective on `date`; absent when the HCM has none for that day.',
    type: CostRateDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostRateDto)
  costRate?: CostRateDto;
}
