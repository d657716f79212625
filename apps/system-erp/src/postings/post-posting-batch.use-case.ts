import { Injectable } from '@nestjs/common';
import type {
  ExpensePostingBatchItemDto,
  PostingBatchAnswerDto,
  TimePostingBatchItemDto,
} from '@p2c/canonical';
import { PostingBatches } from './posting-batches';
import { UpsertExpensePostingUseCase } from './upsert-expense-posting.use-case';
import { UpsertTimePostingUseCase } from './upsert-time-posting.use-case';

/** Approved time as timeBills, many in one ERP call (see PostingBatches). */
@Injectable()
export class PostTimePostingBatchUseCase {
  constructor(
    private readonly batches: PostingBatches,
    private readonly upsert: UpsertTimePostingUseCase,
  ) {}

  async execute(postings: TimePostingBatchItemDto[]): Promise<PostingBatchAnswerDto> {
    const results = await this.batches.post(
      { recordType: 'timeBill', entityType: 'time-posting' },
      postings,
      ({ id, ...posting }) => this.upsert.prepare(id, posting),
    );
    return { results };
  }
}

/** Approved expenses as expenseReports, many in one ERP call (see PostingBatches). */
@Injectable()
export class PostExpensePostingBatchUseCase {
  constructor(
    private readonly batches: PostingBatches,
    private readonly upsert: UpsertExpensePostingUseCase,
  ) {}

  async execute(postings: ExpensePostingBatchItemDto[]): Promise<PostingBatchAnswerDto> {
    const results = await this.batches.post(
      { recordType: 'expenseReport', entityType: 'expense-posting' },
      postings,
      ({ id, ...posting }) => this.upsert.prepare(id, posting),
    );
    return { results };
  }
}
