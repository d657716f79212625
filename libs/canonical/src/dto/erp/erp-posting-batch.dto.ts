import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ERP_EXTERNAL_ID_PATTERN } from './erp-patterns';
import { ErpExpensePostingDto } from './erp-expense-posting.dto';
import { TimePostingDto } from './time-posting.dto';
import { UpsertErpExpensePostingDto } from './upsert-erp-expense-posting.dto';
import { UpsertTimePostingDto } from './upsert-time-posting.dto';

/** postings one batch may carry */
export const MAX_POSTING_BATCH = 100;

const ID_DESCRIPTION =
  'Posting id, the ERP record’s external id, derived from the entry (never random per attempt).';

/** One posting of a batch: its id and what a PUT of it would carry. */
export class TimePostingBatchItemDto extends UpsertTimePostingDto {
  @ApiProperty({ description: ID_DESCRIPTION, example: 'psa-time-31000017' })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'id must be a canonical id' })
  id: string;
}

export class TimePostingBatchDto {
  @ApiProperty({
    description: `1 to ${MAX_POSTING_BATCH} postings, each id once.`,
    type: [TimePostingBatchItemDto],
    minItems: 1,
    maxItems: MAX_POSTING_BATCH,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_POSTING_BATCH)
  @ArrayUnique((posting: TimePostingBatchItemDto) => posting.id, {
    message: 'each posting id may appear once in a batch',
  })
  @ValidateNested({ each: true })
  @Type(() => TimePostingBatchItemDto)
  postings: TimePostingBatchItemDto[];
}

/** One expense posting of a batch: its id and what a PUT of it would carry. */
export class ExpensePostingBatchItemDto extends UpsertErpExpensePostingDto {
  @ApiProperty({ description: ID_DESCRIPTION, example: 'psa-expense-41000003' })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'id must be a canonical id' })
  id: string;
}

export class ExpensePostingBatchDto {
  @ApiProperty({
    description: `1 to ${MAX_POSTING_BATCH} expense postings, each id once.`,
    type: [ExpensePostingBatchItemDto],
    minItems: 1,
    maxItems: MAX_POSTING_BATCH,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_POSTING_BATCH)
  @ArrayUnique((posting: ExpensePostingBatchItemDto) => posting.id, {
    message: 'each posting id may appear once in a batch',
  })
  @ValidateNested({ each: true })
  @Type(() => ExpensePostingBatchItemDto)
  postings: ExpensePostingBatchItemDto[];
}

export const POSTING_BATCH_OUTCOMES = ['posted', 'refused', 'failed'] as const;
export type PostingBatchOutcome = (typeof POSTING_BATCH_OUTCOMES)[number];

/** What became of one posting of a batch. */
export class PostingBatchResultDto {
  @ApiProperty({ description: 'The posting id.', example: 'psa-time-31000017' })
  id: string;

  @ApiProperty({
    description:
      'posted: the ERP holds this version (created or changed in place); refused: it holds nothing new, see reasonCode; failed: this posting alone hit a fault worth retrying (problemStatus, reasonCode), the others stand.',
    enum: POSTING_BATCH_OUTCOMES,
  })
  status: PostingBatchOutcome;

  @ApiPropertyOptional({ description: 'The ERP record’s internal id (posted).', example: '2001' })
  erpId?: string;

  @ApiPropertyOptional({
    description:
      'Why it was refused or failed, the code the single PUT answers with: PERIOD_CLOSED, PROJECT_NOT_ACTIVE, PROJECT_NOT_IN_ERP, WORKER_UNMAPPED, CURRENCY_MISMATCH, INVALID_HOURS, CROSS_REFERENCE_CONFLICT or VENDOR_REJECTED; failed: VENDOR_UNAVAILABLE, RATE_LIMITED or INTERNAL_ERROR.',
    example: 'PERIOD_CLOSED',
  })
  reasonCode?: string;

  @ApiPropertyOptional({
    description:
      'A failed posting: the status its single PUT would have answered (429 rate limited, 503 unavailable, 500 our own fault).',
    example: 503,
  })
  problemStatus?: number;

  @ApiPropertyOptional({
    description:
      'A failed posting: false when nothing of it reached the ERP, so the retry needs no look first.',
    example: false,
  })
  mayHaveTakenEffect?: boolean;

  @ApiPropertyOptional({ description: 'A rate-limited posting: seconds to wait.', example: 2 })
  retryAfter?: number;

  @ApiPropertyOptional({
    description: 'The refusal or failure in words (the ERP’s own message for its refusals).',
    example: 'The accounting period Sep 2026 is closed for Northwind Advisory Ltd; …',
  })
  detail?: string;

  @ApiPropertyOptional({
    description: 'The ERP’s own error code, when the ERP refused it.',
    example: 'PERIOD_CLOSED',
  })
  vendorCode?: string;
}

/** The outcome of every posting of a batch, in the batch's order. */
export class PostingBatchAnswerDto {
  @ApiProperty({ type: [PostingBatchResultDto] })
  results: PostingBatchResultDto[];
}

/** Postings to look up by id, as many as one batch carries. */
export class PostingLookupQueryDto {
  @ApiProperty({
    description: `${ID_DESCRIPTION} Repeat for several (at most ${MAX_POSTING_BATCH}).`,
    example: ['psa-time-31000017', 'psa-time-31000018'],
    type: [String],
    minItems: 1,
    maxItems: MAX_POSTING_BATCH,
  })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_POSTING_BATCH)
  @Matches(ERP_EXTERNAL_ID_PATTERN, { each: true, message: 'each id must be a canonical id' })
  id!: string[];
}

/** The time postings the ERP holds of those asked for (any it lacks are left out). */
export class TimePostingLookupDto {
  @ApiProperty({ type: [TimePostingDto], maxItems: MAX_POSTING_BATCH })
  items: TimePostingDto[];
}

/** The expense postings the ERP holds of those asked for (any it lacks are left out). */
export class ExpensePostingLookupDto {
  @ApiProperty({ type: [ErpExpensePostingDto], maxItems: MAX_POSTING_BATCH })
  items: ErpExpensePostingDto[];
}
