import { Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { FlowApi, KpisRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { OnboardingKpisDto } from './dto/onboarding-kpis.dto';
import { ProjectBudgetListDto } from './dto/project-budget-list.dto';
import { ReadKpisUseCase } from './read-kpis.use-case';
import { ReadProjectBudgetsUseCase } from './read-project-budgets.use-case';

@FlowApi('kpis', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class KpisController {
  constructor(
    private readonly readKpis: ReadKpisUseCase,
    private readonly readBudgets: ReadProjectBudgetsUseCase,
  ) {}

  @KpisRoute({
    type: OnboardingKpisDto,
    summary: 'Project-setup KPIs',
    description:
      'Onboardings by status, the blocked ones with their reason, setup cycle time (start to both projects active), exceptions by reason code and age, and change orders. The same figures are Prometheus metrics on /metrics.',
  })
  get(): Promise<OnboardingKpisDto> {
    return this.readKpis.execute();
  }

  @Get('budgets')
  @ApiOperation({
    operationId: 'getProjectBudgets',
    summary: 'Contract amount, planned hours and cost, and contracted margin per project',
    description:
      'From each deal as onboarding validated it: planned hours are hoursPerWeek ÷ 5 on each weekday of an assignment, priced at the worker’s cost rate effective that day (from system-hcm).',
  })
  @ApiOkResponse({ type: ProjectBudgetListDto })
  @ApiServiceUnavailableResponse({
    description: 'problem+json VENDOR_UNAVAILABLE: the cost rates could not be read',
  })
  getBudgets(): Promise<ProjectBudgetListDto> {
    return this.readBudgets.execute();
  }
}
