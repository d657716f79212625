import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A project whose set-up is stopped by an exception, and why. */
export class BlockedSetupDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiPropertyOptional({ description: 'CRM opportunity id.', example: '006NW000106' })
  opportunityCrmId?: string;

  @ApiPropertyOptional({ description: 'Deal name.', example: 'Litware — data platform' })
  name?: string;

  @ApiPropertyOptional({ description: 'Reason code.', example: 'INVALID_DIMENSION' })
  reasonCode?: string;

  @ApiPropertyOptional({
    description: 'What to do.',
    example: 'Cost centre DE-DATA does not exist in the ERP; add it there or correct the deal.',
  })
  message?: string;

  @ApiPropertyOptional({ description: 'The step that stopped.', example: 'validate-deal' })
  step?: string;

  @ApiProperty({ description: 'Blocked since.', example: '2026-11-20T09:00:04.000Z' })
  since: string;
}
