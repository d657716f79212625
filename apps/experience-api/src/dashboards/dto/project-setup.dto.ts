import { ApiProperty } from '@nestjs/swagger';
import { BlockedSetupDto } from './blocked-setup.dto';

/** Where the set-up of won deals stands. */
export class ProjectSetupDto {
  @ApiProperty({ description: 'Onboardings started, first step queued.', example: 0 })
  pending: number;

  @ApiProperty({ description: 'Onboardings under way.', example: 1 })
  running: number;

  @ApiProperty({ description: 'Onboardings stopped by an exception.', example: 1 })
  blocked: number;

  @ApiProperty({ description: 'Projects active on both sides.', example: 6 })
  completed: number;

  @ApiProperty({
    description: 'The blocked ones with their reason, longest blocked first.',
    type: [BlockedSetupDto],
  })
  blockedProjects: BlockedSetupDto[];
}
