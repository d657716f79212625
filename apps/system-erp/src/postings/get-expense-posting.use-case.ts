import { Injectable } from '@nestjs/common';
import { ErpExpensePostingDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ExpensePostingMapper } from './expense-posting.mapper';

/** An expense posting by its id, read from the ERP (404 NOT_FOUND when the ERP has none). */
@Injectable()
export class GetExpensePostingUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ExpensePostingMapper,
  ) {}

  async execute(id: string): Promise<ErpExpensePostingDto> {
    return this.mapper.toPosting(await this.erp.get('expenseReport', { externalId: id }));
  }
}
