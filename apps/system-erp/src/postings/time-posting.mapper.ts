import { Injectable } from '@nestjs/common';
import { Money, TimePostingDto } from '@p2c/canonical';
import { hoursOfMinutes, minutesOfDuration } from '../erp/erp-duration';
import { ErpDirectory } from '../erp/erp-directory';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { billableAmount } from './billable-amount';
import { TimeBillFacts, postingStatusOf } from './time-bill-facts';

/**
 * A timeBill in canonical terms: its project and worker by canonical id, its rate and billable
 * value in the project's currency. Projects and employees come from the cached references, so a
 * page of a thousand postings costs no extra ERP calls.
 */
@Injectable()
export class TimePostingMapper {
  constructor(
    private readonly directory: ErpDirectory,
    private readonly projects: ErpProjectRefs,
  ) {}

  async toPosting(facts: TimeBillFacts): Promise<TimePostingDto> {
    const project = facts.jobErpId ? await this.projects.byErpId(facts.jobErpId) : undefined;
    const employee =
      facts.employeeErpId === undefined
        ? undefined
        : await this.directory.employees.find((entry) => entry.erpId === facts.employeeErpId);
    const minutes = minutesOfDuration(facts.hours) ?? 0;
    const rate =
      facts.rate === undefined || project?.currency === undefined
        ? undefined
        : Money.of(facts.rate, project.currency);
    return {
      id: facts.externalId,
      erpId: facts.erpId,
      project: project?.id,
      worker: employee?.externalId ?? employee?.entityId,
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
