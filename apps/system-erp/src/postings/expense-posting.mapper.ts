import { Injectable } from '@nestjs/common';
import { ErpExpensePostingDto, Money } from '@p2c/canonical';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpRecord, refOf, textOf } from '../erp/erp-record';
import { PostingPartyRefs } from './posting-parties';
import { postingStatusOf } from './time-bill-facts';

/** An expenseReport in canonical terms: its project and worker by canonical id, its amount exact. */
@Injectable()
export class ExpensePostingMapper {
  constructor(
    private readonly parties: PostingPartyRefs,
    private readonly directory: ErpDirectory,
  ) {}

  async toPosting(record: ErpRecord): Promise<ErpExpensePostingDto> {
    const { project, worker, currency } = await this.parties.fromErp(
      refOf(record.customer)?.id,
      refOf(record.employee)?.id,
    );
    const code = (await this.directory.currencyOf(refOf(record.currency)?.id)) ?? currency;
    const amount = record.amount;
    if (code === undefined || (typeof amount !== 'number' && typeof amount !== 'string'))
      throw new Error(`expenseReport ${record.id} has no amount in a known currency`);
    return {
      id: textOf(record.externalId),
      erpId: String(record.id),
      project,
      worker,
      date: textOf(record.tranDate) ?? '',
      amount: Money.of(amount, code).toJSON(),
      billable: record.isBillable === true,
      memo: textOf(record.memo),
      status: postingStatusOf(refOf(record.approvalStatus)?.id),
    };
  }
}
