import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PartnerTimeStatusDto } from './partner-time-status.dto';

export class PartnerTimeStatusPageDto {
  @ApiProperty({
    description: 'One per project, newest project first.',
    type: [PartnerTimeStatusDto],
    maxItems: 200,
  })
  items: PartnerTimeStatusDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
