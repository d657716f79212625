import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WorkbenchExceptionDto } from './workbench-exception.dto';

/** One page of every process app's cases, merged in the sort asked for. */
export class WorkbenchExceptionPageDto {
  @ApiProperty({
    description: 'In the sort asked for.',
    type: [WorkbenchExceptionDto],
    maxItems: 500,
  })
  items: WorkbenchExceptionDto[];

  @ApiPropertyOptional({
    description:
      'Pass as `cursor` (with the same sort and order) for the next page; absent on the last.',
  })
  nextCursor?: string;
}
