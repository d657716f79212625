import { Injectable } from '@nestjs/common';
import { Money, TimePostingDto, UpsertTimePostingDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { durationOfMinutes, hoursOfMinutes, minutesOfHours } from '../erp/erp-duration';
import { ErpLinks } from '../erp/erp-links';
import { billableAmount } from './billable-amount';
import { PostingPartyRefs } from './posting-parties';
import type { PreparedPosting } from './posting-batches';
import { TIME_APPROVAL } from './time-bill-facts';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/**
 * Posts approved time to the ERP as a timeBill whose external id is the posting id: the same
 * posting sent twice (a retry after a timeout, a replayed job) changes the one timeBill instead
 * of making a second, and sending it with other hours corrects it in place. The ERP decides
 * what it takes: a project not in progress, a closed period or an inactive employee come back
 * as VENDOR_REJECTED with its message and code.
 */
@Injectable()
export class UpsertTimePostingUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly parties: PostingPartyRefs,
    private readonly links: ErpLinks,
  ) {}

  async execute(id: string, posting: UpsertTimePostingDto): Promise<TimePostingDto> {
    const prepared = await this.prepare(id, posting);
    const erpId = await this.erp.upsert('timeBill', id, prepared.fields);
    await this.links.link('time-posting', id, erpId);
    return prepared.posted(erpId);
  }

  /**
   * The timeBill of the posting and the answer once the ERP holds it; 422 INVALID_HOURS,
   * PROJECT_NOT_IN_ERP, WORKER_UNMAPPED or CURRENCY_MISMATCH before any ERP write.
   */
  async prepare(
    id: string,
    posting: UpsertTimePostingDto,
  ): Promise<PreparedPosting<TimePostingDto>> {
    const minutes = minutesOfHours(posting.hours);
    if (minutes === undefined)
      throw new SystemErpException(
        SystemErpErrorCode.INVALID_HOURS,
        `hours ${posting.hours} is not a whole number of minutes above 0 and at most 24 hours.`,
      );
    const rate = posting.billRate && Money.fromJson(posting.billRate);
    const { project, employeeErpId } = await this.parties.toErp(posting, rate?.currency);
    return {
      fields: {
        employee: { id: employeeErpId },
        customer: { id: project.erpId },
        tranDate: posting.workDate,
        hours: durationOfMinutes(minutes),
        // NetSuite carries rates as JSON numbers; a decimal string of a rate converts exactly
        rate: rate ? Number(rate.toDecimal()) : null,
        isBillable: posting.billable,
        approvalStatus: { id: TIME_APPROVAL.APPROVED },
        memo: posting.memo ?? null,
      },
      posted: (erpId) => ({
        id,
        erpId,
        project: posting.project,
        worker: posting.worker,
        workDate: posting.workDate,
        hours: hoursOfMinutes(minutes),
        minutes,
        billable: posting.billable,
        billRate: rate?.toJSON(),
        billableAmount:
          rate && posting.billable ? billableAmount(rate, minutes).toJSON() : undefined,
        memo: posting.memo,
        status: 'POSTED',
      }),
    };
  }
}
