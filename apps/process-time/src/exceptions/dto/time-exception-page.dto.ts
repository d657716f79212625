import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ExceptionCasePageDto } from '@p2c/flow';
import { TimeExceptionDto } from './time-exception.dto';

/** A page of the flow's cases, each naming its posting. */
export class TimeExceptionPageDto implements ExceptionCasePageDto {
  @ApiProperty({ description: 'In the sort asked for.', type: [TimeExceptionDto], maxItems: 500 })
  items: TimeExceptionDto[];

  @ApiPropertyOptional({ description: 'The `cursor` of the next page; absent on the last.' })
  nextCursor?: string;
}
