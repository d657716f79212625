import { Injectable } from '@nestjs/common';
import { ErpClient } from '../erp/erp-client';
import { ErpRecord, refOf } from '../erp/erp-record';
import { TIME_APPROVAL } from './time-bill-facts';

/**
 * Takes a posting (a timeBill or an expenseReport) out of project accounting: the ERP holds
 * these as positive amounts, so a reversal sets the approval status to Rejected, which the ERP
 * leaves out of project accounting. Reversing again changes nothing.
 */
@Injectable()
export class PostingReversal {
  constructor(private readonly erp: ErpClient) {}

  /** The record as it stands after the reversal (404 NOT_FOUND when the ERP has none). */
  async reverse(type: 'timeBill' | 'expenseReport', externalId: string): Promise<ErpRecord> {
    const record = await this.erp.get(type, { externalId });
    if (refOf(record.approvalStatus)?.id === TIME_APPROVAL.REJECTED) return record;
    const approvalStatus = { id: TIME_APPROVAL.REJECTED };
    await this.erp.update(type, String(record.id), { approvalStatus });
    return { ...record, approvalStatus };
  }
}
