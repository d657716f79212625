import { ApiProperty } from '@nestjs/swagger';
import { LineageLinkDto } from './lineage-link.dto';

/** A chain of project-to-cash records: entry → posting → billing event → invoice → payment. */
export class LineageDto {
  @ApiProperty({
    description: 'By stage (entry first), then oldest first.',
    type: [LineageLinkDto],
  })
  links: LineageLinkDto[];
}
