import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString } from 'class-validator';
import { PSA_FEEDS, PsaFeed } from '../psa-feed';

/** Where a consumer has got to in one of system-psa's passes. */
export class PsaCheckpointDto {
  @ApiProperty({ enum: PSA_FEEDS, example: 'events' })
  @IsIn(PSA_FEEDS)
  feed: PsaFeed;

  @ApiProperty({ example: 'process-time' })
  @IsString()
  consumer: string;

  @ApiProperty({
    description: 'The `checkpoint` (or `nextCursor`) the consumer saved: a read resumes there.',
  })
  @IsString()
  cursor: string;

  @ApiProperty({ description: 'When it was saved.', example: '2026-11-20T09:05:00.000Z' })
  @IsDateString()
  updatedAt: string;
}
