import { Injectable } from '@nestjs/common';
import { Money, TimePostingSummaryDto, TimePostingSummaryQueryDto } from '@p2c/canonical';
import { hoursOfMinutes, minutesOfDuration } from '../erp/erp-duration';
import { ErpProjectRefs } from '../erp/erp-project-refs';
import { billableAmount } from './billable-amount';
import { ListProjectPostingsUseCase } from './list-project-postings.use-case';
import { factsOfRow, postingStatusOf } from './time-bill-facts';
import { SystemErpErrorCode, SystemErpException } from '../erp/system-erp.exception';

/**
 * What a project's time adds up to in the ERP, for reconciliation: postings that count (not
 * reversed), their minutes, the billable ones' minutes and value (each posting's value rounded
 * as it was posted, then added), and how many were reversed.
 */
@Injectable()
export class SummarizeProjectPostingsUseCase {
  constructor(
    private readonly postings: ListProjectPostingsUseCase,
    private readonly projects: ErpProjectRefs,
  ) {}

  async execute(
    project: string,
    range: TimePostingSummaryQueryDto,
  ): Promise<TimePostingSummaryDto> {
    const rows = await this.postings.rows(project);
    const currency = (await this.projects.byId(project))?.currency;
    if (currency === undefined)
      throw new SystemErpException(
        SystemErpErrorCode.PROJECT_CURRENCY_UNKNOWN,
        `The ERP job of project ${project} has no currency the gateway knows.`,
      );
    let postings = 0;
    let minutes = 0;
    let billableMinutes = 0;
    let reversed = 0;
    let amount = Money.zero(currency);
    for (const facts of rows.map(factsOfRow)) {
      if (range.from !== undefined && facts.tranDate < range.from) continue;
      if (range.to !== undefined && facts.tranDate > range.to) continue;
      const status = postingStatusOf(facts.approvalStatusId);
      if (status === 'REVERSED') reversed += 1;
      if (status !== 'POSTED') continue;
      const duration = minutesOfDuration(facts.hours) ?? 0;
      postings += 1;
      minutes += duration;
      if (!facts.billable) continue;
      billableMinutes += duration;
      if (facts.rate !== undefined)
        amount = amount.plus(billableAmount(Money.of(facts.rate, currency), duration));
    }
    return {
      project,
      postings,
      hours: hoursOfMinutes(minutes),
      minutes,
      billableMinutes,
      billableAmount: amount.toJSON(),
      reversed,
    };
  }
}
