import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessBillingApi } from '@p2c/clients';
import { ReconciliationSummaryDto } from './reconciliation-summary.dto';

export class ReconciliationPageDto implements ProcessBillingApi.SchemaReconciliationPageDto {
  @ApiProperty({ description: 'Newest first.', type: [ReconciliationSummaryDto], maxItems: 100 })
  items: ReconciliationSummaryDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'WyIyMDI2LTEyLTAxVDAyOjAwOjAwLjAwMDAwMFoiLCI2YzJlOWIxMCJd',
  })
  nextCursor?: string;
}
