import { ApiProperty } from '@nestjs/swagger';
import { TimeTallyDto } from './time-tally.dto';

/** Where a project's approved time stands on its way to the ERP. */
export class ProjectTimeStatusDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  project: string;

  @ApiProperty({
    description:
      'Approved in the PSA and standing (pending, posted or blocked; withdrawn and reversed time left out).',
    type: TimeTallyDto,
  })
  approved: TimeTallyDto;

  @ApiProperty({ description: 'Approved, on its way to the ERP.', type: TimeTallyDto })
  pending: TimeTallyDto;

  @ApiProperty({ description: 'The ERP holds the latest version.', type: TimeTallyDto })
  posted: TimeTallyDto;

  @ApiProperty({ description: 'An exception waits for a person.', type: TimeTallyDto })
  blocked: TimeTallyDto;
}
