import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsString } from 'class-validator';
import { CrmFeed } from '../crm-feed';
import { CrmFeedProperty } from './crm-feed-property.decorator';

/** Where a consumer has got to in a feed. */
export class CheckpointDto {
  @CrmFeedProperty()
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
