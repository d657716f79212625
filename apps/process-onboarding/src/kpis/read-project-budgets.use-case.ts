import { Injectable } from '@nestjs/common';
import { DataSource, Not, IsNull } from 'typeorm';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import { Money, formatRatio } from '@p2c/canonical';
import { Onboarding, OnboardingTerms } from '@p2c/persistence';
import type { ProjectBudgetDto } from './dto/project-budget.dto';
import type { ProjectBudgetListDto } from './dto/project-budget-list.dto';
import { PlanCostRate, plannedWork } from './planned-work';

/**
 * Each validated deal's budget: its contract amount, its planned hours and their cost at the
 * planned workers' cost rates (read from system-hcm, which answers from its cached directory),
 * and the contracted margin they make.
 */
@Injectable()
export class ReadProjectBudgetsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-hcm') private readonly hcm: ApiClient<'system-hcm'>,
  ) {}

  async execute(): Promise<ProjectBudgetListDto> {
    const onboardings = await this.dataSource.manager.find(Onboarding, {
      where: { terms: Not(IsNull()) },
      order: { projectId: 'ASC' },
    });
    const rates = await this.costRates(onboardings.flatMap((o) => o.terms!.assignments));
    return {
      items: onboardings.map((onboarding) => budgetOf(onboarding, onboarding.terms!, rates)),
    };
  }

  private async costRates(
    assignments: OnboardingTerms['assignments'],
  ): Promise<Map<string, PlanCostRate[]>> {
    const workers = [...new Set(assignments.map((assignment) => assignment.worker))];
    const found = await Promise.all(
      workers.map((id) =>
        absentOn404(unwrap(this.hcm.GET('/workers/{id}', { params: { path: { id } } }))),
      ),
    );
    return new Map(found.flatMap((worker) => (worker ? [[worker.id, worker.costRates]] : [])));
  }
}

function budgetOf(
  onboarding: Onboarding,
  terms: OnboardingTerms,
  rates: Map<string, PlanCostRate[]>,
): ProjectBudgetDto {
  const priced = plannedWork(terms.assignments, (worker) => rates.get(worker));
  const open = plannedWork(terms.openAssignments ?? [], () => undefined);
  const minutes = priced.minutes + open.minutes;
  const unpriced = priced.unpricedMinutes + open.unpricedMinutes;
  const contract = Money.of(terms.amount, terms.currency);
  const costs = [...priced.costMinor].sort(([a], [b]) => a.localeCompare(b));
  const onlyContractCurrency = costs.every(([currency]) => currency === terms.currency);
  const cost = priced.costMinor.get(terms.currency) ?? 0n;
  return {
    project: onboarding.projectId,
    opportunityCrmId: onboarding.opportunityCrmId ?? undefined,
    name: terms.name,
    legalEntity: terms.legalEntity,
    billingModel: terms.billingModel,
    contractAmount: contract.toJSON(),
    plannedHours: formatRatio(minutes, 60n, 2),
    unpricedHours: formatRatio(unpriced, 60n, 2),
    plannedCost: costs.map(([currency, minor]) => Money.fromMinor(minor, currency).toJSON()),
    contractedMargin:
      unpriced === 0n && onlyContractCurrency && contract.minor !== 0n
        ? formatRatio(contract.minor - cost, contract.minor)
        : undefined,
  };
}
