import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';

export const PSA_SUBJECT_TYPES = [
  'PROJECT',
  'MILESTONE',
  'INVOICE',
  'TIME_ENTRY',
  'EXPENSE',
] as const;
export type PsaSubjectType = (typeof PSA_SUBJECT_TYPES)[number];

/** A record the PSA holds, named the canonical way (time and expenses by their source id). */
export class PsaSubjectDto {
  @ApiProperty({ description: 'Kind of record.', enum: PSA_SUBJECT_TYPES, example: 'PROJECT' })
  @IsIn(PSA_SUBJECT_TYPES)
  type: PsaSubjectType;

  @ApiProperty({
    description: 'Canonical id (project, milestone, invoice) or PSA source id (time, expense).',
    example: 'PRJ-006NW000101',
  })
  @Matches(/^[A-Za-z0-9._:-]{1,64}$/, { message: 'id must be 1-64 letters, digits or ._:-' })
  id: string;
}
