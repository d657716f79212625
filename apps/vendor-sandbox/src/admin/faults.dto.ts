import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { VENDORS, Vendor } from '../scenario/scenario.types';
import { FaultShare } from './fault-share.decorator';
import { RateLimitDto } from './rate-limit.dto';

/** One vendor's behaviour; PUT replaces it whole (a field left out is switched off). */
export class FaultsDto {
  @ApiProperty({ description: 'the vendor', enum: VENDORS, example: 'erp' })
  @IsIn(VENDORS)
  system: Vendor;

  @FaultShare('share of requests answered with a 5xx in the vendor\u2019s error shape', 0.1)
  errorRate?: number;

  @FaultShare(
    'share of requests held without an answer (until SANDBOX_TIMEOUT_HOLD_MS, then a 504), so the client times out',
    0.05,
  )
  timeoutRate?: number;

  @ApiPropertyOptional({ description: 'milliseconds added before every answer', example: 40 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600_000)
  latencyMs?: number;

  @ApiPropertyOptional({ description: 'admission limits', type: RateLimitDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RateLimitDto)
  rateLimit?: RateLimitDto;
}
