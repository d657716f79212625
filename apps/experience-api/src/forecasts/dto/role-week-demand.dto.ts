import { ApiProperty } from '@nestjs/swagger';
import type { ProcessOnboardingApi } from '@p2c/clients';

/** The hours a provisional project asks of one role in one ISO week. */
export class RoleWeekDemandDto implements ProcessOnboardingApi.SchemaRoleWeekDemandDto {
  @ApiProperty({
    description: 'Role code, as the PSA and the rate card know it.',
    example: 'MANAGER',
  })
  role: string;

  @ApiProperty({ description: 'ISO 8601 week, Monday to Sunday.', example: '2027-W01' })
  week: string;

  @ApiProperty({
    description:
      'Hours: hoursPerWeek ÷ 5 on each weekday of the week between an assignment’s start and end dates, summed over the role’s assignments.',
    example: '20.00',
  })
  hours: string;
}
