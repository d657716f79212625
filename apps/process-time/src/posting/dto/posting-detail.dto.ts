import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LineageHopDto } from './lineage-hop.dto';
import { PostingExceptionSummaryDto } from './posting-exception-summary.dto';
import { PostingDto } from './posting.dto';

/** A posting with its lineage and the exception waiting on it, if any. */
export class PostingDetailDto extends PostingDto {
  @ApiProperty({ description: 'Every hop, oldest first.', type: [LineageHopDto] })
  lineage: LineageHopDto[];

  @ApiPropertyOptional({
    description: 'The exception waiting for a person, if any.',
    type: PostingExceptionSummaryDto,
  })
  exception?: PostingExceptionSummaryDto;
}
