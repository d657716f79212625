import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PsaPlannedRoleDto } from './psa-planned-role.dto';

/**
 * A role planned on a project that no worker fills yet (an unnamed resource in the PSA): what a
 * resource manager restaffs. Its label names it on the project and tells it from the others.
 */
export class PsaOpenAssignmentDto extends PsaPlannedRoleDto {
  @ApiProperty({
    description: 'What the PSA shows on the open role; unique on its project.',
    example: 'SENIOR, open: E1024 Yara Ito is inactive in the HCM',
    maxLength: 255,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  label: string;
}
