import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PsaExpenseDto } from './psa-expense.dto';
import { PsaMilestoneCompletionDto } from './psa-milestone-completion.dto';
import { PsaTimeEntryDto } from './psa-time-entry.dto';

/**
 * What happened in the PSA, in canonical terms. `*_UPDATED` is an edit of approved work (a new
 * version: post the correction); `*_WITHDRAWN` an approval taken back; `*_DELETED` approved work
 * deleted (reverse what was posted).
 */
export const PSA_EVENT_TYPES = [
  'TIME_ENTRY_APPROVED',
  'TIME_ENTRY_UPDATED',
  'TIME_ENTRY_WITHDRAWN',
  'TIME_ENTRY_DELETED',
  'EXPENSE_APPROVED',
  'EXPENSE_UPDATED',
  'EXPENSE_WITHDRAWN',
  'EXPENSE_DELETED',
  'MILESTONE_COMPLETED',
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'STAFFING_CHANGED',
  'RATE_CARD_CHANGED',
  'OTHER',
] as const;

export type PsaEventType = (typeof PSA_EVENT_TYPES)[number];

/** One PSA event, the same whether it came from the pull feed or a signed webhook. */
export class PsaEventDto {
  @ApiProperty({
    description:
      'The PSA’s event id, the same in the feed and in webhook deliveries: de-duplicate on it.',
    example: '500000123',
  })
  @IsString()
  id: string;

  @ApiProperty({
    description: 'What happened.',
    enum: PSA_EVENT_TYPES,
    example: 'TIME_ENTRY_APPROVED',
  })
  @IsIn(PSA_EVENT_TYPES)
  type: PsaEventType;

  @ApiProperty({ description: 'When (the PSA’s clock).', example: '2026-11-20T09:15:00.000Z' })
  @IsString()
  occurredAt: string;

  @ApiPropertyOptional({
    description: 'Canonical project it concerns, when the gateway set the project up.',
    example: 'PRJ-006NW000101',
  })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({
    description: 'TIME_ENTRY_*: the entry as it was right after the change (with its version).',
    type: PsaTimeEntryDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PsaTimeEntryDto)
  timeEntry?: PsaTimeEntryDto;

  @ApiPropertyOptional({
    description: 'EXPENSE_*: the expense as it was right after the change (with its version).',
    type: PsaExpenseDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PsaExpenseDto)
  expense?: PsaExpenseDto;

  @ApiPropertyOptional({
    description: 'MILESTONE_COMPLETED: the milestone, when the gateway created it.',
    type: PsaMilestoneCompletionDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PsaMilestoneCompletionDto)
  milestone?: PsaMilestoneCompletionDto;

  @ApiPropertyOptional({
    description: 'RATE_CARD_CHANGED: the rate card code.',
    example: 'RC-STD-USD',
  })
  @IsOptional()
  @IsString()
  rateCard?: string;
}
