import { Injectable } from '@nestjs/common';
import { ErpExpensePostingDto, Money, UpsertErpExpensePostingDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpLinks } from '../erp/erp-links';
import { PostingPartyRefs } from './posting-parties';
import type { PreparedPosting } from './posting-batches';
import { TIME_APPROVAL } from './time-bill-facts';

/**
 * Posts an approved expense to the ERP as an expenseReport whose external id is the posting id:
 * the same posting sent twice changes the one expenseReport instead of making a second, and
 * sending it with another amount corrects it in place. The ERP decides what it takes: a project
 * not in progress, a closed period or an inactive employee come back as VENDOR_REJECTED with its
 * message and code.
 */
@Injectable()
export class UpsertExpensePostingUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly parties: PostingPartyRefs,
    private readonly directory: ErpDirectory,
    private readonly links: ErpLinks,
  ) {}

  async execute(id: string, posting: UpsertErpExpensePostingDto): Promise<ErpExpensePostingDto> {
    const prepared = await this.prepare(id, posting);
    const erpId = await this.erp.upsert('expenseReport', id, prepared.fields);
    await this.links.link('expense-posting', id, erpId);
    return prepared.posted(erpId);
  }

  /**
   * The expenseReport of the posting and the answer once the ERP holds it; 422
   * PROJECT_NOT_IN_ERP, WORKER_UNMAPPED, CURRENCY_MISMATCH or UNKNOWN_CURRENCY before any ERP write.
   */
  async prepare(
    id: string,
    posting: UpsertErpExpensePostingDto,
  ): Promise<PreparedPosting<ErpExpensePostingDto>> {
    const amount = Money.fromJson(posting.amount);
    const { project, employeeErpId } = await this.parties.toErp(posting, amount.currency);
    return {
      fields: {
        employee: { id: employeeErpId },
        customer: { id: project.erpId },
        tranDate: posting.date,
        // NetSuite carries amounts as JSON numbers; a decimal string of an amount converts exactly
        amount: Number(amount.toDecimal()),
        currency: await this.directory.currencyRef(amount.currency),
        isBillable: posting.billable,
        approvalStatus: { id: TIME_APPROVAL.APPROVED },
        memo: posting.memo ?? null,
      },
      posted: (erpId) => ({
        id,
        erpId,
        project: posting.project,
        worker: posting.worker,
        date: posting.date,
        amount: amount.toJSON(),
        billable: posting.billable,
        memo: posting.memo,
        status: 'POSTED',
      }),
    };
  }
}
