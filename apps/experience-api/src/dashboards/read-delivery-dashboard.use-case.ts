import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';
import type { ProcessForecastApi, ProcessOnboardingApi, ProcessTimeApi } from '@p2c/clients';
import {
  Money,
  MoneyJson,
  addDays,
  formatMinor,
  formatRatio,
  isoWeekOf,
  toMinor,
} from '@p2c/canonical';
import type { DeliveryDashboardDto } from './dto/delivery-dashboard.dto';
import type { DeliveryForecastDto } from './dto/delivery-forecast.dto';
import type { ProjectDeliveryDto } from './dto/project-delivery.dto';
import type { ProjectForecastSummaryDto } from './dto/project-forecast-summary.dto';
import { readSideBySide } from './read-side-by-side';

type Budget = ProcessOnboardingApi.components['schemas']['ProjectBudgetDto'];
type Actuals = ProcessTimeApi.components['schemas']['ProjectActualsDto'];
type Forecast = ProcessForecastApi.SchemaProjectForecastDto;
type Kpis = ProcessForecastApi.SchemaForecastKpisDto;
type Utilisation = ProcessForecastApi.SchemaUtilisationDto;
type Bench = ProcessForecastApi.SchemaBenchDto;

/** The forecast's page size: the largest it answers. */
const FORECAST_PAGE = 200;

/**
 * The delivery dashboard for a month: process-onboarding's set-ups and budgets beside
 * process-time's posted actuals per project and utilisation per worker, and process-forecast's
 * newest forecast per project with the utilisation and bench of the world's week, read side by
 * side.
 */
@Injectable()
export class ReadDeliveryDashboardUseCase {
  constructor(
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
    @InjectApiClient('process-onboarding')
    private readonly onboarding: ApiClient<'process-onboarding'>,
    @InjectApiClient('process-forecast') private readonly forecast: ApiClient<'process-forecast'>,
  ) {}

  async execute(period: string): Promise<DeliveryDashboardDto> {
    const asOf = new Date().toISOString();
    const read = await readSideBySide({
      'process-onboarding': Promise.all([
        unwrap(this.onboarding.GET('/kpis')),
        unwrap(this.onboarding.GET('/kpis/budgets')),
      ]),
      'process-time': Promise.all([
        unwrap(this.time.GET('/kpis/projects')),
        unwrap(this.time.GET('/kpis/utilisation', { params: { query: { period } } })),
      ]),
      'process-forecast': this.readForecast(),
    });
    const [setup, budgets] = read['process-onboarding'];
    const [actuals, utilisation] = read['process-time'];
    const forecast = read['process-forecast'];
    const status = setup.onboardingsByStatus;
    return {
      asOf,
      period,
      setup: {
        pending: status.PENDING,
        running: status.RUNNING,
        blocked: status.BLOCKED,
        completed: status.COMPLETED,
        blockedProjects: setup.blocked.map(({ id: _id, ...blocked }) => blocked),
      },
      projects: projects(budgets.items, actuals.items, forecast.forecasts),
      weekdays: utilisation.weekdays,
      capacityHours: utilisation.capacityHours,
      utilisation: utilisation.workers,
      forecast: weekOfForecast(forecast),
    };
  }

  /**
   * Every project's newest forecast, and the world's week (the forecast's date, from its KPIs)
   * with its planned utilisation and bench.
   */
  private async readForecast(): Promise<ForecastReading> {
    const [kpis, forecasts] = await Promise.all([
      unwrap(this.forecast.GET('/kpis')),
      this.everyForecast(),
    ]);
    const { from, to } = isoWeekAround(kpis.asOf);
    const range = { params: { query: { from, to } } };
    const [utilisation, bench] = await Promise.all([
      unwrap(this.forecast.GET('/utilisation', range)),
      unwrap(this.forecast.GET('/bench', range)),
    ]);
    return { kpis, forecasts, utilisation, bench };
  }

  private async everyForecast(): Promise<Forecast[]> {
    const forecasts: Forecast[] = [];
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        this.forecast.GET('/forecasts/projects', {
          params: { query: { limit: FORECAST_PAGE, cursor } },
        }),
      );
      forecasts.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return forecasts;
  }
}

interface ForecastReading {
  kpis: Kpis;
  forecasts: Forecast[];
  utilisation: Utilisation;
  bench: Bench;
}

/** The ISO week (Monday to Sunday) a date falls in. */
function isoWeekAround(date: string): { from: string; to: string } {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  const from = addDays(date, 1 - weekday);
  return { from, to: addDays(from, 6) };
}

function weekOfForecast({ kpis, utilisation, bench }: ForecastReading): DeliveryForecastDto {
  const sum = (hours: string[]) => hours.reduce((total, one) => total + toMinor(one, 2), 0n);
  const planned = sum(utilisation.items.map((worker) => worker.plannedHours));
  const capacity = sum(utilisation.items.map((worker) => worker.capacityHours));
  const groups = bench.groups.map((group) => ({
    legalEntity: group.legalEntity,
    costCenter: group.costCenter,
    workers: group.workers.length,
    benchHours: group.benchHours,
  }));
  return {
    asOf: kpis.asOf,
    week: isoWeekOf(kpis.asOf),
    from: utilisation.from,
    to: utilisation.to,
    projects: kpis.projects,
    marginAtRisk: kpis.marginAtRisk,
    marginAtRiskThresholdPct: kpis.marginAtRiskThresholdPct,
    utilisation: {
      workers: utilisation.items.length,
      plannedHours: formatMinor(planned, 2),
      capacityHours: formatMinor(capacity, 2),
      utilisationPct: capacity > 0n ? formatRatio(planned * 100n, capacity, 2) : null,
    },
    bench: {
      thresholdPct: bench.thresholdPct,
      workers: groups.reduce((total, group) => total + group.workers, 0),
      benchHours: formatMinor(sum(bench.groups.map((group) => group.benchHours)), 2),
      groups,
    },
  };
}

/** Every project with a budget, posted work or a forecast, by project id. */
function projects(
  budgets: Budget[],
  actuals: Actuals[],
  forecasts: Forecast[],
): ProjectDeliveryDto[] {
  const ids = [...new Set([...budgets, ...actuals, ...forecasts].map((one) => one.project))].sort();
  return ids.map((id) => {
    const forecast = forecasts.find((one) => one.project === id);
    return {
      ...project(
        budgets.find((budget) => budget.project === id),
        actuals.filter((one) => one.project === id),
        id,
      ),
      forecast: forecast && forecastSummary(forecast),
    };
  });
}

function forecastSummary(forecast: Forecast): ProjectForecastSummaryDto {
  return {
    version: forecast.version,
    asOf: forecast.asOf,
    planned: forecast.planned,
    total: forecast.total,
    marginAtRisk: forecast.marginAtRisk,
  };
}

function project(budget: Budget | undefined, actuals: Actuals[], id: string): ProjectDeliveryDto {
  const postedHundredths = actuals.reduce((sum, one) => sum + toMinor(one.postedHours, 2), 0n);
  const plannedHundredths = budget ? toMinor(budget.plannedHours, 2) : 0n;
  const postedCost = actuals.map((one) => one.cost);
  const plannedCost = budget?.plannedCost ?? [];
  return {
    project: id,
    opportunityCrmId: budget?.opportunityCrmId,
    name: budget?.name,
    legalEntity: budget?.legalEntity,
    billingModel: budget?.billingModel,
    contractAmount: budget?.contractAmount,
    plannedHours: budget?.plannedHours,
    postedHours: formatMinor(postedHundredths, 2),
    hoursUsed:
      plannedHundredths > 0n ? formatRatio(postedHundredths, plannedHundredths) : undefined,
    plannedCost,
    postedCost,
    costUsed: costUsed(postedCost, plannedCost),
    billableAmount: actuals.map((one) => one.billableAmount),
    actualMargin: actuals.length === 1 ? actuals[0].margin : undefined,
    contractedMargin: budget?.contractedMargin,
  };
}

/** Posted over planned cost, when each is one amount of the same currency. */
function costUsed(posted: MoneyJson[], planned: MoneyJson[]): string | undefined {
  if (posted.length > 1 || planned.length !== 1) return undefined;
  const plan = Money.fromJson(planned[0]);
  const actual = posted.length ? Money.fromJson(posted[0]) : Money.zero(plan.currency);
  if (actual.currency !== plan.currency || plan.minor === 0n) return undefined;
  return formatRatio(actual.minor, plan.minor);
}
