import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString } from 'class-validator';
import { CRM_FEEDS, CrmFeed } from '../crm-feed';

/** Where a consumer has got to in a feed. */
export class CheckpointDto {
  @ApiProperty({
    description: 'The change feed.',
    enum: CRM_FEEDS,
    example: 'closed-won-opportunities',
  })
  @IsIn(CRM_FEEDS)
  feed: CrmFeed;

  @ApiProperty({ description: 'Who reads it.', example: 'onboarding' })
  @IsString()
  consumer: string;

  @ApiProperty({
    description: 'The consumer reads on after this cursor.',
    example: 'eyJhdCI6IjIwMjYtMTEtMjBUMDk6MDA6MDAuMDAwWiIsImlkIjoiMDA2TlcwMDAxMDEifQ',
  })
  @IsString()
  cursor: string;

  @ApiProperty({
    description: 'When the checkpoint last moved.',
    example: '2026-11-20T09:05:00.000Z',
  })
  @IsDateString()
  updatedAt: string;
}
