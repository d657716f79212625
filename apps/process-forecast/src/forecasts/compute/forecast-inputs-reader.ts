import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@p2c/canonical';
import {
  ApiClient,
  InjectApiClient,
  ProcessTimeApi,
  SystemPsaApi,
  absentOn404,
  unwrap,
} from '@p2c/clients';
import type { ForecastPlanLine } from '@p2c/persistence';
import type { EffectiveRate } from './effective-rates';
import type { BillingModel, ForecastInputs, PostedTime } from './forecast-inputs';
import { planKey } from './plan-key';

type PsaProject = SystemPsaApi.SchemaPsaProjectDto;

/** process-time answers at most this many postings a page. */
const POSTINGS_PAGE = 500;

/** What a recomputation reads of a project, and where the project belongs. */
export interface ProjectReading {
  opportunity: string;
  legalEntity: string;
  costCenter: string | null;
  inputs: ForecastInputs;
}

/**
 * Reads, once per recomputation, what a project's forecast is priced from, each from the system
 * that owns it: the PSA project (rate card, dates, milestones, assignments and roles held open),
 * the deal in the CRM (billing model, contract amount, budget hours, legal entity, cost centre),
 * the rate card with every effective-dated line, each named worker's HCM cost rates, and the
 * project's posted time from process-time.
 */
@Injectable()
export class ForecastInputsReader {
  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    @InjectApiClient('system-crm') private readonly crm: ApiClient<'system-crm'>,
    @InjectApiClient('system-hcm') private readonly hcm: ApiClient<'system-hcm'>,
    @InjectApiClient('process-time') private readonly time: ApiClient<'process-time'>,
  ) {}

  /** The project's reading; undefined when the PSA holds no such project. */
  async read(project: string, asOf: CalendarDate): Promise<ProjectReading | undefined> {
    const psaProject = await absentOn404(
      unwrap(this.psa.GET('/projects/{id}', { params: { path: { id: project } } })),
    );
    if (!psaProject) return undefined;
    const opportunity = psaProject.opportunity ?? '';
    const [deal, billRates, costRates, postings] = await Promise.all([
      unwrap(
        this.crm.GET('/opportunities/crm/{crmId}', {
          params: { path: { crmId: opportunity } },
        }),
      ),
      this.billRates(psaProject.rateCard),
      this.costRates(psaProject),
      this.postings(project),
    ]);
    const billingModel: BillingModel = deal.billingModel ?? 'TIME_AND_MATERIALS';
    return {
      opportunity,
      legalEntity: deal.legalEntity ?? '',
      costCenter: deal.costCenter ?? null,
      inputs: {
        asOf,
        currency: psaProject.currency,
        billingModel,
        rateCard: psaProject.rateCard ?? null,
        billRates,
        costRates,
        plan: planOf(psaProject),
        schedule: psaProject.milestones.map((milestone) => ({
          amount: milestone.amount,
          dueDate: milestone.dueDate,
        })),
        postings,
        contracted: deal.amount ?? psaProject.budget ?? null,
        budgetHours: deal.budgetHours ?? null,
      },
    };
  }

  private async billRates(code: string | undefined): Promise<Map<string, EffectiveRate[]>> {
    const byRole = new Map<string, EffectiveRate[]>();
    if (!code) return byRole;
    const card = await absentOn404(
      unwrap(this.psa.GET('/rate-cards/{code}', { params: { path: { code } } })),
    );
    for (const line of card?.lines ?? [])
      byRole.set(line.role, [
        ...(byRole.get(line.role) ?? []),
        { rate: line.rate, effectiveFrom: line.effectiveFrom, effectiveTo: line.effectiveTo },
      ]);
    return byRole;
  }

  private async costRates(project: PsaProject): Promise<Map<string, EffectiveRate[]>> {
    const workers = [...new Set(project.assignments.map((assignment) => assignment.worker))];
    const found = await Promise.all(
      workers.map((id) =>
        absentOn404(
          unwrap(
            // fresh: a cost rate corrected in the HCM counts from the next recomputation
            this.hcm.GET('/workers/{id}', {
              params: { path: { id }, header: { 'Cache-Control': 'no-cache' } },
            }),
          ),
        ),
      ),
    );
    const rates = new Map<string, EffectiveRate[]>();
    for (const worker of found)
      if (worker)
        rates.set(
          worker.id,
          (worker.costRates ?? []).map((rate) => ({
            rate: rate.rate,
            effectiveFrom: rate.effectiveFrom,
            effectiveTo: rate.effectiveTo,
          })),
        );
    return rates;
  }

  private async postings(project: string): Promise<PostedTime[]> {
    // keyed by id: a posting changed while the pages are read may come twice
    const found = new Map<string, ProcessTimeApi.SchemaPostingDto>();
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        this.time.GET('/postings', {
          params: {
            query: { project, status: 'posted', kind: 'TIME', limit: POSTINGS_PAGE, cursor },
          },
        }),
      );
      for (const posting of page.items) found.set(posting.id, posting);
      cursor = page.nextCursor;
    } while (cursor);
    return [...found.values()].flatMap((posting) =>
      posting.workDate === undefined || posting.minutes === undefined
        ? []
        : [
            {
              workDate: posting.workDate,
              minutes: posting.minutes,
              billable: posting.billable ?? false,
              cost: posting.cost,
              billableValue: posting.billableValue,
            },
          ],
    );
  }
}

/** The PSA's assignments and roles held open, in a stable order (the versions compare them). */
function planOf(project: PsaProject): ForecastPlanLine[] {
  const named: ForecastPlanLine[] = project.assignments.map((assignment) => ({
    worker: assignment.worker,
    label: null,
    role: assignment.role,
    startDate: assignment.startDate,
    endDate: assignment.endDate,
    hoursPerWeek: assignment.hoursPerWeek,
  }));
  const open: ForecastPlanLine[] = project.openAssignments.map((assignment) => ({
    worker: null,
    label: assignment.label,
    role: assignment.role,
    startDate: assignment.startDate,
    endDate: assignment.endDate,
    hoursPerWeek: assignment.hoursPerWeek,
  }));
  return [...named, ...open].sort((a, b) => planKey(a).localeCompare(planKey(b)));
}
