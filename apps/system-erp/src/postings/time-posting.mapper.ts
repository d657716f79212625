import { Injectable } from '@nestjs/common';
import { Money, TimePostingDto } from '@p2c/canonical';
import { hoursOfMinutes, minutesOfDuration } from '../erp/erp-duration';
import { billableAmount } from './billable-amount';
import { PostingPartyRefs } from './posting-parties';
import { TimeBillFacts, postingStatusOf } from './time-bill-facts';

/**
 * A timeBill in canonical terms: its project and worker by canonical id, its rate and billable
 * value in the project's currency. Projects and employees come from the cached references, so a
 * page of a thousand postings costs no extra ERP calls.
 */
@Injectable()
export class TimePostingMapper {
  constructor(private readonly parties: PostingPartyRefs) {}

  async toPosting(facts: TimeBillFacts): Promise<TimePostingDto> {
    const { project, worker, currency } = await this.parties.fromErp(
      facts.jobErpId,
      facts.employeeErpId,
    );
    const minutes = minutesOfDuration(facts.hours) ?? 0;
    const rate =
      facts.rate === undefined || currency === undefined
        ? undefined
        : Money.of(facts.rate, currency);
    return {
      id: facts.externalId,
      erpId: facts.erpId,
      project,
      worker,
      workDate: facts.tranDate,
      hours: hoursOfMinutes(minutes),
      minutes,
      billable: facts.billable,
      billRate: rate?.toJSON(),
      billableAmount: rate && facts.billable ? billableAmount(rate, minutes).toJSON() : undefined,
      memo: facts.memo,
      status: postingStatusOf(facts.approvalStatusId),
    };
  }
}
