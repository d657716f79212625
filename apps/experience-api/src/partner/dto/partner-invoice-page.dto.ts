import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PartnerInvoiceDto } from './partner-invoice.dto';

export class PartnerInvoicePageDto {
  @ApiProperty({ description: 'Newest first.', type: [PartnerInvoiceDto], maxItems: 200 })
  items: PartnerInvoiceDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
