import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';

export const DIMENSION_FIELDS = ['legalEntity', 'costCenter', 'currency', 'class'] as const;
export type DimensionField = (typeof DIMENSION_FIELDS)[number];

export const DIMENSION_PROBLEM_CODES = [
  'UNKNOWN_LEGAL_ENTITY',
  'INACTIVE_LEGAL_ENTITY',
  'UNKNOWN_COST_CENTER',
  'INACTIVE_COST_CENTER',
  'COST_CENTER_OF_OTHER_ENTITY',
  'UNKNOWN_CURRENCY',
  'CURRENCY_NOT_ENTITY_CURRENCY',
  'UNKNOWN_CLASS',
  'INACTIVE_CLASS',
] as const;
export type DimensionProblemCode = (typeof DIMENSION_PROBLEM_CODES)[number];

/** One thing wrong with a set of dimensions, in words a finance person can act on. */
export class DimensionProblemDto {
  @ApiProperty({
    description: 'The field at fault.',
    enum: DIMENSION_FIELDS,
    example: 'costCenter',
  })
  @IsIn(DIMENSION_FIELDS)
  field: DimensionField;

  @ApiProperty({
    description: 'What is wrong.',
    enum: DIMENSION_PROBLEM_CODES,
    example: 'UNKNOWN_COST_CENTER',
  })
  @IsIn(DIMENSION_PROBLEM_CODES)
  code: DimensionProblemCode;

  @ApiProperty({
    description: 'An actionable message naming the value.',
    example: 'Cost centre DE-DATA is not a department in the ERP; add it for legal entity NWA-DE.',
  })
  @IsString()
  message: string;
}
