import type { TimePostingStatus } from '@p2c/canonical';
import { ErpRecord, SuiteQlRow, refOf, textOf } from '../erp/erp-record';
import { isTrue } from '../erp/suiteql';

/** The ERP's time approval statuses (`approvalStatus` ids). */
export const TIME_APPROVAL = { PENDING: '1', APPROVED: '2', REJECTED: '3' } as const;

/** A timeBill, whether read as a record or as a SuiteQL row. */
export interface TimeBillFacts {
  erpId: string;
  externalId?: string;
  employeeErpId?: string;
  jobErpId?: string;
  tranDate: string;
  /** the ERP's duration, "7:30" */
  hours?: string;
  rate?: string | number;
  billable: boolean;
  approvalStatusId?: string;
  memo?: string;
}

/** The columns `factsOfRow` reads. */
export const TIME_BILL_COLUMNS =
  'id, externalid, employee, customer, trandate, hours, rate, isbillable, approvalstatus, memo';

export function factsOfRecord(record: ErpRecord): TimeBillFacts {
  const rate = record.rate;
  return {
    erpId: String(record.id),
    externalId: textOf(record.externalId),
    employeeErpId: refOf(record.employee)?.id,
    jobErpId: refOf(record.customer)?.id,
    tranDate: textOf(record.tranDate) ?? '',
    hours: textOf(record.hours),
    rate: typeof rate === 'number' || typeof rate === 'string' ? rate : undefined,
    billable: record.isBillable === true,
    approvalStatusId: refOf(record.approvalStatus)?.id,
    memo: textOf(record.memo),
  };
}

export function factsOfRow(row: SuiteQlRow): TimeBillFacts {
  return {
    erpId: String(row.id),
    externalId: row.externalid,
    employeeErpId: row.employee,
    jobErpId: row.customer,
    tranDate: row.trandate ?? '',
    hours: row.hours,
    rate: row.rate,
    billable: isTrue(row.isbillable),
    approvalStatusId: row.approvalstatus,
    memo: row.memo,
  };
}

/** Rejected time no longer counts in project accounting: that is how a posting is reversed. */
export function postingStatusOf(approvalStatusId: string | undefined): TimePostingStatus {
  if (approvalStatusId === TIME_APPROVAL.REJECTED) return 'REVERSED';
  if (approvalStatusId === TIME_APPROVAL.PENDING) return 'PENDING_APPROVAL';
  return 'POSTED';
}
