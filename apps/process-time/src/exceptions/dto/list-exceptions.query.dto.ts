import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TIME_REASON_CODES } from '../reason-codes';
import { EXCEPTION_STATUSES } from './time-exception.dto';

export class ListExceptionsQueryDto {
  @ApiPropertyOptional({ description: 'Only this status.', enum: EXCEPTION_STATUSES })
  @IsOptional()
  @IsIn(EXCEPTION_STATUSES)
  status?: (typeof EXCEPTION_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Only this reason.', enum: TIME_REASON_CODES })
  @IsOptional()
  @IsIn(TIME_REASON_CODES)
  reason?: string;

  @ApiPropertyOptional({ description: 'Per page.', default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 100;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
