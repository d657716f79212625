import { ApiProperty } from '@nestjs/swagger';
import type { ProcessOnboardingApi } from '@p2c/clients';
import { PlannedAssignmentDto } from './planned-assignment.dto';

/** A planned assignment whose worker cannot be staffed: held open as an unnamed PSA resource. */
export class OpenRoleDto
  extends PlannedAssignmentDto
  implements ProcessOnboardingApi.SchemaOpenRoleDto
{
  @ApiProperty({
    description: 'What the PSA shows on the unnamed resource.',
    example: 'ANALYST, open: E1024 (Yara Ito) is inactive in the HCM',
  })
  label: string;

  @ApiProperty({
    description: 'Why the planned worker cannot be staffed.',
    example: 'E1024 (Yara Ito) is inactive in the HCM',
  })
  reason: string;
}
