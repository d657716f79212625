import { ApiProperty } from '@nestjs/swagger';
import type { ProcessOnboardingApi } from '@p2c/clients';
import { RoleWeekDemandDto } from './role-week-demand.dto';

/** A provisional project's demand by role and week: named workers and open roles apart. */
export class ProvisionalDemandDto implements ProcessOnboardingApi.SchemaProvisionalDemandDto {
  @ApiProperty({
    description:
      'Planned workers the HCM employs (PSA participations), by role and ISO week; ordered by role, then week.',
    type: [RoleWeekDemandDto],
  })
  named: RoleWeekDemandDto[];

  @ApiProperty({
    description:
      'Roles held open because no worker can be staffed in them yet (unnamed PSA resources), by role and ISO week.',
    type: [RoleWeekDemandDto],
  })
  unnamed: RoleWeekDemandDto[];
}
