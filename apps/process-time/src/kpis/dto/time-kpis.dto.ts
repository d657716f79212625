import { ApiProperty } from '@nestjs/swagger';
import { OpenExceptionsDto } from '@p2c/flow';
import { BacklogBucketDto } from './backlog-bucket.dto';
import { PostingLagDto } from './posting-lag.dto';
import { PostingSuccessDto } from './posting-success.dto';

/** The flow's business KPIs (DESIGN section 5), read from process-time's own state. */
export class TimeKpisDto {
  @ApiProperty({ description: 'Approved but not posted, by age.', type: [BacklogBucketDto] })
  unposted: BacklogBucketDto[];

  @ApiProperty({ description: 'Posting success.', type: PostingSuccessDto })
  success: PostingSuccessDto;

  @ApiProperty({ description: 'Posting lag.', type: PostingLagDto })
  lag: PostingLagDto;

  @ApiProperty({
    description: 'Unresolved exceptions by reason and age.',
    type: [OpenExceptionsDto],
  })
  exceptionsByReason: OpenExceptionsDto[];
}
