import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString } from 'class-validator';
import { OptionalCostCenterCode } from '../optional-cost-center-code.decorator';
import { OptionalLegalEntityCode } from './optional-legal-entity-code.decorator';

export const EMPLOYEE_MATCH_KINDS = ['EXTERNAL_ID', 'ENTITY_ID'] as const;
export type EmployeeMatchKind = (typeof EMPLOYEE_MATCH_KINDS)[number];

/** The ERP employee record of an HCM worker: time is posted against it. */
export class ErpEmployeeDto {
  @ApiProperty({ description: 'Canonical worker id (the HCM employee id).', example: 'E1001' })
  @IsString()
  worker: string;

  @ApiProperty({ description: 'The ERP’s internal id of the employee.', example: '1004' })
  @IsString()
  erpId: string;

  @ApiProperty({ description: 'Name as the ERP holds it.', example: 'Ava Okafor' })
  @IsString()
  name: string;

  @OptionalLegalEntityCode()
  legalEntity?: string;

  @OptionalCostCenterCode()
  costCenter?: string;

  @ApiProperty({
    description: 'False when the ERP marks the employee inactive: it takes no time.',
    example: true,
  })
  @IsBoolean()
  active: boolean;

  @ApiProperty({
    description:
      'How the record was found: its external id is the worker id, or (records keyed by hand) its entity id is.',
    enum: EMPLOYEE_MATCH_KINDS,
    example: 'EXTERNAL_ID',
  })
  @IsIn(EMPLOYEE_MATCH_KINDS)
  matchedBy: EmployeeMatchKind;
}
