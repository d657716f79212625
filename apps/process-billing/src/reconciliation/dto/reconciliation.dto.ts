import { ApiProperty } from '@nestjs/swagger';
import { ReconciliationLineDto } from './reconciliation-line.dto';
import { ReconciliationSummaryDto } from './reconciliation-summary.dto';

/** A reconciliation with its figures per project and type, and the differences. */
export class ReconciliationDto extends ReconciliationSummaryDto {
  @ApiProperty({
    description: 'One per project and type any side holds something of, by project.',
    type: [ReconciliationLineDto],
  })
  lines: ReconciliationLineDto[];
}
