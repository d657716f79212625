import { ApiProperty } from '@nestjs/swagger';
import type { ProcessOnboardingApi } from '@p2c/clients';

/** A planned assignment of a named worker. */
export class PlannedAssignmentDto implements ProcessOnboardingApi.SchemaPlannedAssignmentDto {
  @ApiProperty({ description: 'HCM worker id.', example: 'E1002' })
  worker: string;

  @ApiProperty({ description: 'Role code.', example: 'MANAGER' })
  role: string;

  @ApiProperty({ description: 'First day planned.', example: '2027-01-04' })
  startDate: string;

  @ApiProperty({ description: 'Last day planned.', example: '2027-02-26' })
  endDate: string;

  @ApiProperty({ description: 'Hours a week.', example: 20 })
  hoursPerWeek: number;
}
