import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** From the gateway learning of an approval to the ERP confirming it, over 24 hours. */
export class PostingLagDto {
  @ApiProperty({ description: 'Entries first posted in the last 24 hours.', example: 940 })
  postedLast24h: number;

  @ApiPropertyOptional({
    description:
      'Median seconds from the gateway learning of the approval to the ERP’s confirmation.',
    example: 1.2,
  })
  p50Seconds?: number;

  @ApiPropertyOptional({ description: '95th percentile of the same.', example: 4.8 })
  p95Seconds?: number;

  @ApiPropertyOptional({ description: 'Slowest of the same.', example: 31.5 })
  maxSeconds?: number;
}
