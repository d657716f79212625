import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ERP_EXTERNAL_ID_PATTERN } from './erp-patterns';

/** Whom and what every posting the gateway makes in the ERP's project accounting is booked to. */
export abstract class UpsertErpPostingDto {
  @ApiProperty({
    description: 'Canonical project id; the project must be in the ERP.',
    example: 'P-006NW000101',
  })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'project must be a canonical id' })
  project: string;

  @ApiProperty({ description: 'Canonical worker id (HCM employee id).', example: 'E1001' })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'worker must be a canonical id' })
  worker: string;
}
