import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProcessOnboardingApi } from '@p2c/clients';
import { OpenRoleDto } from './open-role.dto';
import { PlannedAssignmentDto } from './planned-assignment.dto';
import { ProvisionalDemandDto } from './provisional-demand.dto';
import {
  PROVISIONAL_PROJECT_STATUSES,
  ProvisionalProjectStatusName,
} from './provisional-project-status';

/** A late-stage deal's provisional PSA project and the demand it holds. */
export class ProvisionalProjectDto implements ProcessOnboardingApi.SchemaProvisionalProjectDto {
  @ApiProperty({
    description: 'Canonical project id: the one the deal’s onboarding uses once it is won.',
    example: 'prj_5b7d40e2',
  })
  project: string;

  @ApiProperty({ description: 'Canonical opportunity id.', example: 'opp_5b7d40e2' })
  opportunity: string;

  @ApiProperty({ description: 'CRM opportunity id.', example: '006NW000108' })
  opportunityCrmId: string;

  @ApiProperty({ description: 'Deal name.', example: 'Northwind Traders — pricing strategy' })
  name: string;

  @ApiProperty({
    description:
      'The deal’s CRM stage as last seen: a late stage while PROVISIONAL, Closed Won once PROMOTED, Closed Lost or the stage it moved back to once CLOSED.',
    example: 'Negotiation',
  })
  stage: string;

  @ApiProperty({ description: 'Legal entity (ERP subsidiary).', example: 'NWA-US' })
  legalEntity: string;

  @ApiProperty({
    description:
      'PROVISIONAL: the deal is at a late stage and the PSA project holds its demand; PROMOTED: the deal was won and its onboarding took the same project over; CLOSED: the deal was lost or left the late stages, its demand released (it comes back with the deal).',
    enum: PROVISIONAL_PROJECT_STATUSES,
  })
  status: ProvisionalProjectStatusName;

  @ApiProperty({ description: 'The PSA workspace id.', example: '41' })
  psaProjectId: string;

  @ApiProperty({
    description:
      'Hours per role per ISO week; empty once CLOSED. Once PROMOTED, the plan as the onboarding validated it.',
    type: ProvisionalDemandDto,
  })
  demand: ProvisionalDemandDto;

  @ApiProperty({
    description: 'The named workers’ planned assignments.',
    type: [PlannedAssignmentDto],
  })
  assignments: PlannedAssignmentDto[];

  @ApiProperty({ description: 'The roles held open.', type: [OpenRoleDto] })
  openRoles: OpenRoleDto[];

  @ApiProperty({ description: 'When the provisional project was first set up.' })
  createdAt: string;

  @ApiProperty({ description: 'When it last changed.' })
  updatedAt: string;

  @ApiPropertyOptional({ description: 'When its demand was last released.' })
  closedAt?: string;
}
