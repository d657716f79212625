import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PostingDto } from './posting.dto';

export class PostingPageDto {
  @ApiProperty({ description: 'Most recently changed first.', type: [PostingDto], maxItems: 500 })
  items: PostingDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'WyIyMDI2LTExLTIwVDA5OjE1OjAxLjAyMFoiLCJwc2EtdGltZS0zMTAwMDAxNyJd',
  })
  nextCursor?: string;
}
