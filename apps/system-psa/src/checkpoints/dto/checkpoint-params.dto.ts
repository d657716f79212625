import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { CONSUMER_NAME } from '@p2c/canonical';
import { PSA_FEEDS, PsaFeed } from '../psa-feed';

export class CheckpointParamsDto {
  @ApiProperty({ description: 'The pass: `GET /<feed>`.', enum: PSA_FEEDS, example: 'events' })
  @IsIn(PSA_FEEDS)
  feed: PsaFeed;

  @ApiProperty({
    description: 'Who reads it.',
    example: 'process-time',
    pattern: CONSUMER_NAME.source,
  })
  @Matches(CONSUMER_NAME)
  consumer: string;
}
