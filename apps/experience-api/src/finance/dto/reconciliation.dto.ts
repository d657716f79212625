import { ApiProperty } from '@nestjs/swagger';
import type { ProcessBillingApi } from '@p2c/clients';
import { ReconciliationLineDto } from './reconciliation-line.dto';
import { ReconciliationSummaryDto } from './reconciliation-summary.dto';

/** A reconciliation with each side's figures per project and type, and what differs. */
export class ReconciliationDto
  extends ReconciliationSummaryDto
  implements ProcessBillingApi.SchemaReconciliationDto
{
  @ApiProperty({
    description: 'One per project and type any side holds something of.',
    type: [ReconciliationLineDto],
  })
  lines: ReconciliationLineDto[];
}
