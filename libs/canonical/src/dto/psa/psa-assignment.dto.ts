import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { PlannedAssignment } from '@p2c/canonical';
import { PsaPlannedRoleDto } from './psa-planned-role.dto';

/** A planned assignment: who works on the project, in which role, how much and when. */
export class PsaAssignmentDto extends PsaPlannedRoleDto implements PlannedAssignment {
  @ApiProperty({ description: 'The worker’s HCM employee id.', example: 'E1003', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  worker: string;
}
