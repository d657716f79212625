import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PartnerProjectDto } from './partner-project.dto';

export class PartnerProjectPageDto {
  @ApiProperty({ description: 'Newest first.', type: [PartnerProjectDto], maxItems: 200 })
  items: PartnerProjectDto[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last.' })
  nextCursor?: string;
}
