import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { CONSUMER_NAME, CRM_FEEDS, CrmFeed } from '../crm-feed';

export class CheckpointParamsDto {
  @ApiProperty({
    description: 'The change feed.',
    enum: CRM_FEEDS,
    example: 'closed-won-opportunities',
  })
  @IsIn(CRM_FEEDS)
  feed: CrmFeed;

  @ApiProperty({
    description: 'Who reads the feed.',
    example: 'onboarding',
    pattern: CONSUMER_NAME.source,
  })
  @Matches(CONSUMER_NAME)
  consumer: string;
}
