import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CONSUMER_NAME } from '@p2c/canonical';
import { CrmFeed } from '../crm-feed';
import { CrmFeedProperty } from './crm-feed-property.decorator';

export class CheckpointParamsDto {
  @CrmFeedProperty()
  feed: CrmFeed;

  @ApiProperty({
    description: 'Who reads the feed.',
    example: 'onboarding',
    pattern: CONSUMER_NAME.source,
  })
  @Matches(CONSUMER_NAME)
  consumer: string;
}
