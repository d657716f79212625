import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Money, PsaExpenseDto, PsaTimeEntryDto, periodOf } from '@p2c/canonical';
import { ApiProblemError } from '@p2c/clients';
import { PostingBlockedException } from '../posting/posting-blocked.exception';
import { amountForMinutes } from './amount-for-minutes';
import type { PricedEntry } from './priced-entry';
import { ErpProject, PricingReferences, WorkerCostRate } from './pricing-references';

/**
 * Validates an approved entry or expense and prices it, checking in this order: the project is
 * active in the ERP, the legal entity's period of the work date is open, the worker is known
 * and active with a cost rate that day, and billable time has a bill rate that day. The first
 * check that fails blocks the entry with its reason code and a message saying what to fix.
 */
@Injectable()
export class EntryPricer {
  private readonly markups: Record<string, string>;

  constructor(
    private readonly references: PricingReferences,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.markups = config.getOrThrow<Record<string, string>>('TIME_EXPENSE_MARKUPS');
  }

  async priceTime(entry: PsaTimeEntryDto, fresh: boolean): Promise<PricedEntry> {
    const what = `PSA time entry ${entry.sourceId} (v${entry.sourceVersion}, ${entry.workDate})`;
    const project = await this.activeProject(entry.project, what, fresh);
    const period = await this.openPeriod(project, entry.workDate, what, fresh);
    const worker = await this.mappedWorker(entry.worker, entry.workDate, what, fresh);
    const costRate = this.inProjectCurrency(worker.rate, project, what, 'cost rate');
    const base = {
      project: project.id,
      legalEntity: project.legalEntity,
      period,
      currency: project.currency,
      worker: worker.id,
      role: entry.role,
      workDate: entry.workDate,
      minutes: entry.minutes,
      billable: entry.billable,
      costRate,
      cost: amountForMinutes(costRate, entry.minutes),
    };
    if (!entry.billable) return base;
    const billRate = await this.billRate(project, entry, what, fresh);
    return { ...base, billRate, billableValue: amountForMinutes(billRate, entry.minutes) };
  }

  async priceExpense(expense: PsaExpenseDto, fresh: boolean): Promise<PricedEntry> {
    const what = `PSA expense ${expense.sourceId} (v${expense.sourceVersion}, ${expense.date})`;
    const project = await this.activeProject(expense.project, what, fresh);
    const period = await this.openPeriod(project, expense.date, what, fresh);
    const { id: worker } = await this.knownWorker(expense.worker, expense.date, what, fresh);
    const amount = Money.fromJson(expense.amount);
    if (amount.currency !== project.currency)
      throw new PostingBlockedException(
        'CURRENCY_MISMATCH',
        `${what} is in ${amount.currency} but project ${project.id} is in ${project.currency}; ` +
          `correct the expense's currency in the PSA (or convert it there), then retry.`,
        { project: project.id, currency: amount.currency, projectCurrency: project.currency },
      );
    const markup = this.markups[project.id];
    return {
      project: project.id,
      legalEntity: project.legalEntity,
      period,
      currency: project.currency,
      worker,
      workDate: expense.date,
      billable: expense.billable,
      cost: amount,
      markup: expense.billable ? markup : undefined,
      billableValue: expense.billable
        ? amount.plus(markup ? amount.times(markup) : Money.zero(amount.currency))
        : undefined,
    };
  }

  private async activeProject(
    project: string | undefined,
    what: string,
    fresh: boolean,
  ): Promise<ErpProject> {
    if (!project)
      throw new PostingBlockedException(
        'PROJECT_NOT_ACTIVE',
        `${what} is on a PSA workspace the gateway did not set up, so it has no ERP project; ` +
          `onboard the project (or move the time to an onboarded one), then retry.`,
      );
    const found = await this.references.erpProject(project, fresh);
    if (!found)
      throw new PostingBlockedException(
        'PROJECT_NOT_ACTIVE',
        `${what} is on project ${project}, which has no ERP project: its onboarding has not ` +
          `finished. Complete the onboarding, then retry.`,
        { project },
      );
    if (found.status !== 'ACTIVE')
      throw new PostingBlockedException(
        'PROJECT_NOT_ACTIVE',
        `${what} is on project ${project}, which is ${found.status} in the ERP and takes no ` +
          `time. Activate the project in the ERP (or move the time to an active project), then retry.`,
        { project, status: found.status },
      );
    return found;
  }

  private async openPeriod(
    project: ErpProject,
    date: string,
    what: string,
    fresh: boolean,
  ): Promise<string> {
    const period = periodOf(date);
    if (await this.references.periodClosed(project.legalEntity, period, fresh))
      throw new PostingBlockedException(
        'PERIOD_CLOSED',
        `${what} falls in ${period}, which is closed for ${project.legalEntity}. Reopen the ` +
          `period in the ERP, or have the PSA entry moved to an open period, then retry.`,
        { legalEntity: project.legalEntity, period },
      );
    return period;
  }

  private async mappedWorker(
    worker: string | undefined,
    date: string,
    what: string,
    fresh: boolean,
  ): Promise<{ id: string; rate: { amount: string; currency: string } }> {
    const { id, answer } = await this.knownWorker(worker, date, what, fresh);
    if (!answer.costRate)
      throw new PostingBlockedException(
        'RATE_MISSING',
        `Worker ${id} has no cost rate effective on ${date} in the HCM, so ${what} cannot be ` +
          `costed. Add the cost rate in the HCM, then retry.`,
        { worker: id, date },
      );
    return { id, rate: answer.costRate.rate };
  }

  private async knownWorker(
    worker: string | undefined,
    date: string,
    what: string,
    fresh: boolean,
  ): Promise<{ id: string; answer: WorkerCostRate }> {
    if (!worker)
      throw new PostingBlockedException(
        'WORKER_UNMAPPED',
        `${what} was logged by a PSA user without an HCM employee number. Set the user's ` +
          `employee number in the PSA, then retry.`,
      );
    const answer = await this.references.costRate(worker, date, fresh);
    if (!answer || !answer.active)
      throw new PostingBlockedException(
        'WORKER_UNMAPPED',
        answer
          ? `Worker ${worker} is inactive in the HCM, so ${what} cannot be posted. Confirm ` +
              `the work was theirs and reactivate or remap the worker, then retry.`
          : `The HCM has no worker ${worker}, so ${what} cannot be posted. Fix the PSA user's ` +
              `employee number or add the worker to the HCM, then retry.`,
        { worker, active: answer?.active ?? null },
      );
    return { id: worker, answer };
  }

  private async billRate(
    project: ErpProject,
    entry: PsaTimeEntryDto,
    what: string,
    fresh: boolean,
  ): Promise<Money> {
    const rateCard = await this.references.rateCardOf(project.id, fresh);
    if (!rateCard || !entry.role)
      throw new PostingBlockedException(
        'RATE_MISSING',
        rateCard
          ? `${what} is billable but was logged without a role, so it has no bill rate. ` +
              `Set the participation's role in the PSA, then retry.`
          : `${what} is billable but project ${project.id} has no rate card in the PSA. ` +
              `Give the project a rate card, then retry.`,
        { project: project.id, rateCard: rateCard ?? null, role: entry.role ?? null },
      );
    let answer;
    try {
      answer = await this.references.billRate(rateCard, entry.role, entry.workDate, fresh);
    } catch (error) {
      if (error instanceof ApiProblemError && error.status === 404)
        throw new PostingBlockedException(
          'RATE_MISSING',
          `${what} is billable but the PSA has no rate card ${rateCard}. Fix the project's ` +
            `rate card, then retry.`,
          { project: project.id, rateCard },
        );
      throw error;
    }
    if (!answer.rate)
      throw new PostingBlockedException(
        'RATE_MISSING',
        `${what} is billable but has no bill rate: ${answer.reason ?? `rate card ${rateCard} has no ${entry.role} rate on ${entry.workDate}.`} ` +
          `Add the rate to the rate card in the PSA, then retry.`,
        { project: project.id, rateCard, role: entry.role, date: entry.workDate },
      );
    return this.inProjectCurrency(answer.rate, project, what, 'bill rate');
  }

  private inProjectCurrency(
    rate: { amount: string; currency: string },
    project: ErpProject,
    what: string,
    kind: 'cost rate' | 'bill rate',
  ): Money {
    const money = Money.fromJson(rate);
    if (money.currency !== project.currency)
      throw new PostingBlockedException(
        'RATE_MISSING',
        `The ${kind} for ${what} is in ${money.currency}, but project ${project.id} is in ` +
          `${project.currency} and the gateway does not convert. Add a ${kind} in ` +
          `${project.currency}, then retry.`,
        { project: project.id, currency: money.currency, projectCurrency: project.currency },
      );
    return money;
  }
}
