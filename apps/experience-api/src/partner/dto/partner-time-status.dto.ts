import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TimeTallyDto } from './time-tally.dto';

/** Where a project's approved time stands: on its way, posted, or held. */
export class PartnerTimeStatusDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({
    description: 'The deal’s name.',
    example: 'Contoso — ERP selection & roadmap',
  })
  name?: string;

  @ApiProperty({
    description: 'Approved time (pending, posted and blocked together).',
    type: TimeTallyDto,
  })
  approved: TimeTallyDto;

  @ApiProperty({ description: 'Approved, on its way to finance.', type: TimeTallyDto })
  pending: TimeTallyDto;

  @ApiProperty({ description: 'Posted to finance: it will be billed.', type: TimeTallyDto })
  posted: TimeTallyDto;

  @ApiProperty({ description: 'Held until the firm clears a problem with it.', type: TimeTallyDto })
  blocked: TimeTallyDto;
}
