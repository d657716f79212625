import { Injectable } from '@nestjs/common';
import { ErpExpensePostingDto } from '@p2c/canonical';
import { ExpensePostingMapper } from './expense-posting.mapper';
import { PostingReversal } from './posting-reversal';

/**
 * Takes an expense posting out of project accounting: its expenseReport is set to Rejected.
 * Reversing again changes nothing; putting the posting again brings it back, approved.
 */
@Injectable()
export class ReverseExpensePostingUseCase {
  constructor(
    private readonly reversal: PostingReversal,
    private readonly mapper: ExpensePostingMapper,
  ) {}

  async execute(id: string): Promise<ErpExpensePostingDto> {
    return this.mapper.toPosting(await this.reversal.reverse('expenseReport', id));
  }
}
