import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** From an onboarding starting to both projects being active, over completed onboardings. */
export class SetupCycleTimeDto {
  @ApiProperty({ description: 'Completed onboardings measured.', example: 6 })
  completed: number;

  @ApiPropertyOptional({ description: 'Mean, in seconds.', example: 42.5 })
  averageSeconds?: number;

  @ApiPropertyOptional({ description: 'Median, in seconds.', example: 30.1 })
  p50Seconds?: number;

  @ApiPropertyOptional({ description: '90th percentile, in seconds.', example: 95.7 })
  p90Seconds?: number;

  @ApiPropertyOptional({ description: 'Longest, in seconds.', example: 3600 })
  maxSeconds?: number;
}
