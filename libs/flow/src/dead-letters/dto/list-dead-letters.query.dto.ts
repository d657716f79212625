import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CursorPageQuery } from '@p2c/canonical';
import { DEAD_LETTER_KINDS, DeadLetterKindView } from './dead-letter.dto';

/** Dead letters, the latest first, up to 200 a page (50 unless asked). */
export class ListDeadLettersQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {
  @ApiPropertyOptional({ description: 'Only this kind.', enum: DEAD_LETTER_KINDS })
  @IsOptional()
  @IsIn(DEAD_LETTER_KINDS)
  kind?: DeadLetterKindView;
}
