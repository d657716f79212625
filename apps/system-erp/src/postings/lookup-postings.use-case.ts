import { Injectable } from '@nestjs/common';
import { ErpExpensePostingDto, TimePostingDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import type { ErpRecord, SuiteQlRow } from '../erp/erp-record';
import { isTrue, suiteQlText } from '../erp/suiteql';
import { ExpensePostingMapper } from './expense-posting.mapper';
import { TIME_BILL_COLUMNS, factsOfRow } from './time-bill-facts';
import { TimePostingMapper } from './time-posting.mapper';

const EXPENSE_REPORT_COLUMNS =
  'id, externalid, employee, customer, trandate, amount, currency, isbillable, approvalstatus, memo';

/** The SuiteQL condition of records whose external id is one of `ids`. */
function externalIdIn(ids: string[]): string {
  return `externalid IN (${ids.map(suiteQlText).join(', ')})`;
}

/**
 * Many time postings by id in one SuiteQL query: how a retried batch finds which of its
 * postings landed before it writes again, one ERP call for the batch instead of one a posting.
 * Postings the ERP has none of are left out.
 */
@Injectable()
export class LookupTimePostingsUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: TimePostingMapper,
  ) {}

  async execute(ids: string[]): Promise<TimePostingDto[]> {
    const rows = await this.erp.queryAll(
      `SELECT ${TIME_BILL_COLUMNS} FROM timebill WHERE ${externalIdIn(ids)} ORDER BY id`,
    );
    return Promise.all(rows.map((row) => this.mapper.toPosting(factsOfRow(row))));
  }
}

/** Many expense postings by id in one SuiteQL query (see LookupTimePostingsUseCase). */
@Injectable()
export class LookupExpensePostingsUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: ExpensePostingMapper,
  ) {}

  async execute(ids: string[]): Promise<ErpExpensePostingDto[]> {
    const rows = await this.erp.queryAll(
      `SELECT ${EXPENSE_REPORT_COLUMNS} FROM expensereport WHERE ${externalIdIn(ids)} ORDER BY id`,
    );
    return Promise.all(rows.map((row) => this.mapper.toPosting(recordOfRow(row))));
  }
}

/** An expenseReport's SuiteQL row in the shape of its record (references as `{id}`). */
function recordOfRow(row: SuiteQlRow): ErpRecord {
  const ref = (id: string | undefined) => (id === undefined ? undefined : { id });
  return {
    id: String(row.id),
    externalId: row.externalid,
    employee: ref(row.employee),
    customer: ref(row.customer),
    tranDate: row.trandate,
    amount: row.amount,
    currency: ref(row.currency),
    isBillable: isTrue(row.isbillable),
    approvalStatus: ref(row.approvalstatus),
    memo: row.memo,
  };
}
