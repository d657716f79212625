import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BillingEventDto } from '../runs/dto/billing-event.dto';

export class BillingEventPageDto {
  @ApiProperty({ description: 'Newest first.', type: [BillingEventDto], maxItems: 200 })
  items: BillingEventDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'WyIyMDI2LTExLTIwVDA5OjE1OjAxLjAyMFoiLCI1ZjBjMWE4ZSJd',
  })
  nextCursor?: string;
}
