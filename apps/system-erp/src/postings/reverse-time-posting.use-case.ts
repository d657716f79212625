import { Injectable } from '@nestjs/common';
import { TimePostingDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { TIME_APPROVAL, factsOfRecord } from './time-bill-facts';
import { TimePostingMapper } from './time-posting.mapper';

/**
 * Takes a posting out of project accounting: the ERP's timeBill holds only positive durations,
 * so a reversal sets its approval status to Rejected, which the ERP leaves out of project
 * accounting (and the summaries here leave out of the sums). Reversing again changes nothing.
 * Putting the posting again (PUT) brings it back, approved.
 */
@Injectable()
export class ReverseTimePostingUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: TimePostingMapper,
  ) {}

  async execute(id: string): Promise<TimePostingDto> {
    const record = await this.erp.get('timeBill', { externalId: id });
    const facts = factsOfRecord(record);
    if (facts.approvalStatusId !== TIME_APPROVAL.REJECTED)
      await this.erp.update('timeBill', facts.erpId, {
        approvalStatus: { id: TIME_APPROVAL.REJECTED },
      });
    return this.mapper.toPosting({ ...facts, approvalStatusId: TIME_APPROVAL.REJECTED });
  }
}
