import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DeadLetterDto } from './dead-letter.dto';

/** One page of dead letters, the latest to give up first. */
export class DeadLetterPageDto {
  @ApiProperty({ description: 'Latest first.', type: [DeadLetterDto], maxItems: 200 })
  items: DeadLetterDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
