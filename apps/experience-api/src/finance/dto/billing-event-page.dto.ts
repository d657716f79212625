import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessBillingApi } from '@p2c/clients';
import { BillingEventDto } from './billing-event.dto';

export class BillingEventPageDto implements ProcessBillingApi.SchemaBillingEventPageDto {
  @ApiProperty({ description: 'Newest first.', type: [BillingEventDto], maxItems: 200 })
  items: BillingEventDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'WyIyMDI2LTExLTIwVDA5OjE1OjAxLjAyMFoiLCI1ZjBjMWE4ZSJd',
  })
  nextCursor?: string;
}
