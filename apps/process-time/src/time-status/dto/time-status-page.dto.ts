import { ApiProperty } from '@nestjs/swagger';
import { ProjectTimeStatusDto } from './project-time-status.dto';

export class TimeStatusPageDto {
  @ApiProperty({
    description: 'One per project asked for, in the order asked (no time yet: all zero).',
    type: [ProjectTimeStatusDto],
    maxItems: 200,
  })
  items: ProjectTimeStatusDto[];
}
