import type { ExperienceClient, components } from '@p2c-gateway/experience-client';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import type {
  ExperienceTestBed,
  ExperienceTestBedOptions,
} from '@p2c/apps/experience-api/src/testing/experience-test-bed';
import { STORY_STEPS, StoryOutcome, StoryOutcomes, StoryStep } from './story-outcomes';

type Schemas = components['schemas'];
type BillingEvent = Schemas['BillingEventDto'];
type BillingRun = Schemas['BillingRunDto'];
type FinanceDashboard = Schemas['FinanceDashboardDto'];
type Forecast = Schemas['ProjectForecastDto'];
type Money = Schemas['MoneyDto'];
type Reconciliation = Schemas['ReconciliationDto'];
type WorkbenchException = Schemas['WorkbenchExceptionDto'];

const LEGAL_ENTITY = 'NWA-US';
const PERIOD = '2026-11';
const CONTOSO = '006NW000101';
const ADATUM = '006NW000105';
const LITWARE = '006NW000106';
/** Above it a NWA-US billing event waits for finance: Contoso's month is, Columbia's is not. */
const APPROVAL_THRESHOLD = '50000.00';

/** Northwind's closed-won deals onboarding takes all the way (Litware's cost centre stops it). */
const ACTIVE_DEALS = defaultScenario()
  .opportunities.filter((deal) => deal.stage === 'Closed Won' && deal.crmId !== LITWARE)
  .map((deal) => deal.crmId);

/** Four weeks of every staffed worker's planned time, up to the world's date. */
const MONTH = { from: '2026-10-26', to: '2026-11-20' };

/** Time logged by hand into Northwind's traps, beside the generated month. */
const TRAPPED_TIME = [
  // September is closed in the ERP
  { opportunity: CONTOSO, worker: 'E1001', date: '2026-09-30', hours: 4, billable: true },
  // Yara Ito is inactive in the HCM
  { opportunity: ADATUM, worker: 'E1024', date: '2026-11-02', hours: 8, billable: true },
];

/** Every open exception the story expects, by app and reason, and the trap that raises it. */
const EXPECTED_EXCEPTIONS = [
  {
    app: 'process-onboarding',
    reason: 'INVALID_DIMENSION',
    trap: "Litware's cost centre DE-DATA is missing in the ERP",
  },
  { app: 'process-time', reason: 'PERIOD_CLOSED', trap: 'time in September, closed in the ERP' },
  { app: 'process-time', reason: 'WORKER_UNMAPPED', trap: 'time of E1024, inactive in the HCM' },
  {
    app: 'process-time',
    reason: 'RATE_MISSING',
    trap: 'RC-PUBSEC-USD has no ANALYST rate; E1010 has no cost rate in October',
  },
  {
    app: 'process-forecast',
    reason: 'RATE_MISSING',
    trap: "Columbia's plan has an analyst RC-PUBSEC-USD cannot price",
  },
  {
    app: 'process-forecast',
    reason: 'MARGIN_AT_RISK',
    trap: "Wingtip's retainer is projected below the 20 % margin threshold",
  },
];

const TIME_REASONS = EXPECTED_EXCEPTIONS.filter((one) => one.app === 'process-time').map(
  (one) => one.reason,
);

/** How the gateway runs for the story, in the spec and in `npm run demo` alike. */
export const NORTHWIND_STORY_BED: ExperienceTestBedOptions = {
  env: { DASHBOARD_CACHE_MS: '0' },
  processEnv: {
    BILLING_APPROVAL_THRESHOLDS: JSON.stringify({ [LEGAL_ENTITY]: APPROVAL_THRESHOLD }),
    // process-billing reads the ERP's payments every half second
    BILLING_PAYMENT_SYNC_MS: '500',
  },
};

export interface FigureRow {
  figure: string;
  value: string;
}

/** A project's line: each side as `count · hours h · amount`, where the side holds them. */
export interface ReconciliationRow {
  project: string;
  type: string;
  psa: string;
  ledger: string;
  unposted: string;
  erp: string;
  billed: string;
  invoiced: string;
  paid: string;
  differences: number;
}

export interface ExceptionRow {
  app: string;
  reason: string;
  open: number;
  trap: string;
}

export interface StoryReport {
  outcomes: StoryOutcome[];
  financeDashboard: FigureRow[];
  reconciliation: ReconciliationRow[];
  exceptions: ExceptionRow[];
}

/**
 * Northwind's project-to-cash story on the running gateway: what vendors' users do goes through
 * the sandbox's admin API, everything read or done at the gateway through the experience API.
 * Each step checks its outcomes and prints one progress line; a step that breaks stops the story,
 * the steps after it recorded as not reached.
 */
export async function runNorthwindStory(
  bed: ExperienceTestBed,
  progress: (line: string) => void,
): Promise<StoryReport> {
  return new NorthwindStory(bed, new StoryOutcomes(progress)).run();
}

class NorthwindStory {
  private readonly finance: ExperienceClient;
  private readonly delivery: ExperienceClient;
  private readonly projects = new Map<string, string>();
  /** Deals' short names by canonical project, e.g. Contoso. */
  private readonly names = new Map<string, string>();
  private entries: string[] = [];
  private events: BillingEvent[] = [];
  private readonly report: Omit<StoryReport, 'outcomes'> = {
    financeDashboard: [],
    reconciliation: [],
    exceptions: [],
  };

  constructor(
    private readonly bed: ExperienceTestBed,
    private readonly outcomes: StoryOutcomes,
  ) {
    this.finance = bed.client(bed.token(Role.Finance, { subject: 'fiona.finance' }));
    this.delivery = bed.client(bed.token(Role.Delivery, { subject: 'dana.delivery' }));
  }

  async run(): Promise<StoryReport> {
    const steps: Record<StoryStep, () => Promise<void>> = {
      onboarding: () => this.onboarding(),
      'staffing change': () => this.staffingChange(),
      time: () => this.time(),
      postings: () => this.postings(),
      billing: () => this.billing(),
      payment: () => this.payment(),
      summary: () => this.summary(),
    };
    let broken = false;
    for (const step of STORY_STEPS) {
      if (broken) {
        this.outcomes.notReached(step);
        continue;
      }
      try {
        await steps[step]();
      } catch (error) {
        this.outcomes.broke(step, error);
        broken = true;
      }
    }
    return { outcomes: this.outcomes.all, ...this.report };
  }

  private async onboarding(): Promise<void> {
    const { data } = await this.delivery.GET('/dashboards/delivery', {
      params: { query: { period: PERIOD } },
    });
    const dashboard = present(data, 'the delivery dashboard');
    for (const { opportunityCrmId, project, name } of dashboard.projects) {
      if (opportunityCrmId) this.projects.set(opportunityCrmId, project);
      if (name) this.names.set(project, name.split(' — ')[0]);
    }
    const { setup } = dashboard;
    this.outcomes.check(
      'onboarding',
      `${ACTIVE_DEALS.length} closed-won deals set up in PSA and ERP, none still on its way`,
      setup.completed === ACTIVE_DEALS.length && setup.pending === 0 && setup.running === 0,
      `completed ${setup.completed}, pending ${setup.pending}, running ${setup.running}`,
    );
    const blocked = setup.blockedProjects;
    this.outcomes.check(
      'onboarding',
      'Litware alone blocked, on an invalid dimension',
      blocked.length === 1 &&
        blocked[0].opportunityCrmId === LITWARE &&
        blocked[0].reasonCode === 'INVALID_DIMENSION',
      JSON.stringify(
        blocked.map(({ opportunityCrmId, reasonCode }) => ({ opportunityCrmId, reasonCode })),
      ),
    );
    const litware = await this.openCase('INVALID_DIMENSION', (item) =>
      item.message.includes('DE-DATA'),
    );
    this.outcomes.check(
      'onboarding',
      "Litware's exception names its missing cost centre DE-DATA",
      litware !== undefined && litware.app === 'process-onboarding',
      litware?.message ?? 'no such exception',
    );
    this.outcomes.finish(
      'onboarding',
      `${setup.completed} closed-won deals active in PSA and ERP, Litware blocked (INVALID_DIMENSION: cost centre DE-DATA missing in the ERP)`,
    );
  }

  private async staffingChange(): Promise<void> {
    const contoso = this.projectOf(CONTOSO);
    const before = await waitFor(() => this.forecast(contoso), {
      timeoutMs: 60_000,
      intervalMs: 500,
      what: "Contoso's first forecast",
    });
    // an engagement manager staffed at an analyst's bill rate
    await this.bed.admin('/psa/staffing-changes', {
      body: {
        opportunity: CONTOSO,
        add: [
          {
            worker: 'E1005',
            role: 'ANALYST',
            startDate: '2026-11-23',
            endDate: '2027-01-29',
            hoursPerWeek: 40,
          },
        ],
      },
    });
    const after = await waitFor(
      async () => {
        const seen = await this.forecast(contoso);
        return seen && seen.version > before.version && seen;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: "the staffing change in Contoso's forecast" },
    );
    this.outcomes.check(
      'staffing change',
      'a new forecast version, triggered by the staffing change',
      after.trigger.type === 'STAFFING_CHANGED',
      `version ${before.version} → ${after.version}, trigger ${after.trigger.kind} ${after.trigger.type}`,
    );
    this.outcomes.check(
      'staffing change',
      'the planned margin differs from the version before',
      after.planned.margin.amount !== before.planned.margin.amount,
      `${money(before.planned.margin)} → ${money(after.planned.margin)}`,
    );
    this.outcomes.finish(
      'staffing change',
      `Contoso's forecast v${before.version} → v${after.version}: planned margin ${money(before.planned.margin)} (${before.planned.marginPct} %) → ${money(after.planned.margin)} (${after.planned.marginPct} %)`,
    );
  }

  private async time(): Promise<void> {
    // staffed by hand without planned hours, as a person might in the PSA's screens
    await this.bed.admin('/psa/staffing-changes', {
      body: { opportunity: ADATUM, add: [{ worker: 'E1024', role: 'ANALYST', hoursPerWeek: 0 }] },
    });
    const generated = await this.bed.admin<{
      count: number;
      firstId: string | null;
      lastId: string | null;
    }>('/psa/time-entries/generate', { body: { ...MONTH, notes: 'Northwind, four weeks' } });
    const logged = await this.bed.admin<{ ids: string[] }>('/psa/time-entries', {
      body: { entries: TRAPPED_TIME },
    });
    const { approved } = await this.bed.admin<{ approved: number }>('/psa/time-entries/approve', {
      body: { all: true },
    });
    this.entries = [...consecutiveIds(generated.firstId, generated.lastId), ...logged.ids];
    this.outcomes.check(
      'time',
      'every logged entry approved, a few hundred in all',
      approved === this.entries.length && this.entries.length <= 500,
      `${approved} approved of ${this.entries.length} logged`,
    );
    this.outcomes.finish(
      'time',
      `${generated.count} entries generated for ${MONTH.from}..${MONTH.to} and ${logged.ids.length} logged by hand, ${approved} approved`,
    );
  }

  private async postings(): Promise<void> {
    const { cases, bills, unposted } = await waitFor(
      async () => {
        const [cases, bills, dashboard] = await Promise.all([
          this.timeCases(),
          this.erpTimeBills(),
          this.financeDashboard(),
        ]);
        // the dashboard's unposted time is then the held entries alone: nothing on its way
        const settled =
          dashboard.unposted.entries === cases.length &&
          cases.length + bills.length >= this.entries.length;
        return settled && { cases, bills, unposted: dashboard.unposted };
      },
      {
        timeoutMs: 120_000,
        intervalMs: 1_000,
        what: 'every approved entry posted or held with its exception',
      },
    );
    const held = new Set(cases.map((item) => item.subjectId));
    const expectedBills = this.entries
      .filter((id) => !held.has(id))
      .map(postingOf)
      .sort();
    const billed = bills.map((bill) => String(bill.externalId)).sort();
    this.outcomes.check(
      'postings',
      'the ERP holds each posted entry exactly once',
      JSON.stringify(billed) === JSON.stringify(expectedBills),
      `${billed.length} time bills (${new Set(billed).size} distinct), ${expectedBills.length} entries posted`,
    );
    const strangers = cases.filter((item) => !this.entries.includes(item.subjectId ?? ''));
    this.outcomes.check(
      'postings',
      "every held entry is one of the story's",
      strangers.length === 0,
      strangers.map((item) => item.subjectId).join(', '),
    );
    this.checkReasons(
      'postings',
      countBy(cases, (item) => item.reasonCode),
      TIME_REASONS,
    );
    this.outcomes.finish(
      'postings',
      `${billed.length} entries posted to the ERP once each; ${cases.length} held (${describeCounts(countBy(cases, (item) => item.reasonCode))}), ${unposted.hours} h unposted`,
    );
  }

  private async billing(): Promise<void> {
    const run = await this.startBillingRun();
    const held = run.projects.filter((event) => event.status === 'pending_approval');
    const others = run.projects.filter((event) => event.status !== 'pending_approval');
    const threshold = cents(APPROVAL_THRESHOLD);
    this.outcomes.check(
      'billing',
      `one event above ${APPROVAL_THRESHOLD} waits for approval, the others are invoiced`,
      held.length === 1 &&
        cents(held[0].net.amount) > threshold &&
        others.every(
          (event) => event.status === 'invoiced' && cents(event.net.amount) <= threshold,
        ),
      this.describeEvents(run.projects),
    );
    for (const event of held) await this.approve(event);
    this.events = await this.eventsOf(run.id);
    const invoices = await this.bed.admin<{ items: { id: unknown }[] }>(
      '/state/erp/invoice?limit=1000',
    );
    const erpIds = invoices.items.map((invoice) => String(invoice.id)).sort();
    const invoiced = this.events.map((event) => String(event.invoiceErpId)).sort();
    this.outcomes.check(
      'billing',
      'the ERP holds exactly one invoice per billing event',
      this.events.every((event) => event.status === 'invoiced') &&
        JSON.stringify(erpIds) === JSON.stringify(invoiced),
      `${this.events.length} events (${this.describeEvents(this.events)}), ERP invoices ${erpIds.join(', ')}`,
    );
    this.outcomes.finish(
      'billing',
      `${LEGAL_ENTITY} ${PERIOD}: ${held.map((event) => this.nameOf(event.project)).join(', ')} above ${APPROVAL_THRESHOLD} waited and was approved by finance; ${erpIds.length} ERP invoices, one per billing event (${this.describeEvents(this.events)})`,
    );
  }

  private async payment(): Promise<void> {
    // Contoso's: its customer comes through a partner, who sees the invoice in the portal
    const invoice = present(
      this.events.find((event) => event.partner),
      "an invoice of a partner's customer",
    );
    await this.bed.admin(`/erp/invoices/${invoice.invoiceErpId}/payments`, {
      body: { amount: invoice.total.amount },
    });
    const paid = await waitFor(
      async () => {
        const { data } = await this.finance.GET('/billing-events/{id}', {
          params: { path: { id: invoice.billingEvent } },
        });
        return data?.paymentStatus === 'PAID' && data;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: "the payment, read by process-billing's poll" },
    );
    this.outcomes.check(
      'payment',
      'finance sees the invoice paid in full',
      paid.amountPaid?.amount === invoice.total.amount,
      `${paid.invoiceNumber}: paid ${paid.amountPaid ? money(paid.amountPaid) : 'nothing'} of ${money(invoice.total)}`,
    );
    const partner = this.bed.client(this.bed.token(Role.Partner, { partnerId: invoice.partner }));
    const { data: page } = await partner.GET('/partner/invoices');
    const seen = page?.items.find((item) => item.number === invoice.invoiceNumber);
    this.outcomes.check(
      'payment',
      "the partner sees its customer's invoice paid in the partner portal",
      seen?.paymentStatus === 'PAID',
      seen
        ? `${seen.number} ${seen.paymentStatus}`
        : `${invoice.invoiceNumber} not listed for ${invoice.partner}`,
    );
    this.outcomes.finish(
      'payment',
      `${money(invoice.total)} paid in the ERP on ${invoice.invoiceNumber}, seen as ${seen?.paymentStatus} by finance and by ${invoice.partner} in the partner portal`,
    );
  }

  private async summary(): Promise<void> {
    const dashboard = await this.financeDashboard();
    this.report.financeDashboard = financeFigures(dashboard);
    const reconciliation = await this.reconcile();
    this.report.reconciliation = reconciliation.lines.map((line) => ({
      ...reconciliationRow(line),
      project: this.nameOf(line.project),
    }));
    const billed = this.events.map((event) => event.project);
    const lines = reconciliation.lines.map((line) => line.project);
    this.outcomes.check(
      'summary',
      `the ${LEGAL_ENTITY} ${PERIOD} reconciliation completes with a line for each billed project`,
      reconciliation.status === 'completed' && billed.every((project) => lines.includes(project)),
      `${reconciliation.status}, lines ${lines.join(', ')}`,
    );
    this.outcomes.check(
      'summary',
      'PSA, ledger, ERP and invoices agree: no differences',
      reconciliation.differences === 0,
      `${reconciliation.differences} differences`,
    );
    this.report.exceptions = exceptionRows(dashboard);
    this.checkReasons(
      'summary',
      countBy(
        dashboard.exceptions,
        (row) => `${row.app} ${row.reason}`,
        (row) => row.open,
      ),
      EXPECTED_EXCEPTIONS.map((one) => `${one.app} ${one.reason}`),
    );
    this.outcomes.finish(
      'summary',
      `reconciliation ${reconciliation.status} with ${reconciliation.differences} differences; open exceptions: ${describeCounts(
        countBy(
          dashboard.exceptions,
          (row) => row.reason,
          (row) => row.open,
        ),
      )}`,
    );
  }

  /** Each expected reason appears, and nothing else does. */
  private checkReasons(step: StoryStep, counts: Map<string, number>, expected: string[]): void {
    const missing = expected.filter((reason) => !counts.has(reason));
    const unexpected = [...counts.keys()].filter((reason) => !expected.includes(reason));
    this.outcomes.check(
      step,
      `each expected exception appears: ${expected.join(', ')}`,
      missing.length === 0,
      missing.length ? `missing ${missing.join(', ')}` : undefined,
    );
    this.outcomes.check(
      step,
      'no unexpected exception appears',
      unexpected.length === 0,
      unexpected.length ? `unexpected ${unexpected.join(', ')}` : undefined,
    );
  }

  private async startBillingRun(): Promise<BillingRun> {
    const start = () =>
      this.finance.POST('/billing-runs', {
        params: { header: { 'Idempotency-Key': `northwind-${LEGAL_ENTITY}-${PERIOD}` } },
        body: { legalEntity: LEGAL_ENTITY, period: PERIOD },
      });
    const started = present((await start()).data, 'the started billing run');
    const replayed = (await start()).data;
    this.outcomes.check(
      'billing',
      'starting the run again with the same Idempotency-Key answers the same run',
      replayed?.id === started.id,
      `${started.id} and ${replayed?.id}`,
    );
    return waitFor(
      async () => {
        const { data } = await this.finance.GET('/billing-runs/{id}', {
          params: { path: { id: started.id } },
        });
        const settled =
          data && (data.status.startsWith('completed') || data.status === 'awaiting_approval');
        return settled && data;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: `the ${LEGAL_ENTITY} ${PERIOD} billing run` },
    );
  }

  private async approve(event: BillingEvent): Promise<void> {
    await this.finance.POST('/billing-events/{id}/approve', {
      params: {
        path: { id: event.billingEvent },
        header: { 'Idempotency-Key': `approve-${event.billingEvent}` },
      },
    });
    await waitFor(
      async () => {
        const { data } = await this.finance.GET('/billing-events/{id}', {
          params: { path: { id: event.billingEvent } },
        });
        return data?.status === 'invoiced';
      },
      { timeoutMs: 60_000, intervalMs: 250, what: 'the approved event to be invoiced' },
    );
  }

  private async eventsOf(run: string): Promise<BillingEvent[]> {
    const { data } = await this.finance.GET('/billing-events', {
      params: { query: { run, limit: 200 } },
    });
    return present(data, `the events of run ${run}`).items;
  }

  private async reconcile(): Promise<Reconciliation> {
    const { data } = await this.finance.POST('/reconciliations', {
      params: { header: { 'Idempotency-Key': `northwind-reconcile-${LEGAL_ENTITY}-${PERIOD}` } },
      body: { legalEntity: LEGAL_ENTITY, period: PERIOD },
    });
    const { id } = present(data, 'the started reconciliation');
    return waitFor(
      async () => {
        const { data: seen } = await this.finance.GET('/reconciliations/{id}', {
          params: { path: { id } },
        });
        return seen?.status !== 'running' && seen;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: `the ${LEGAL_ENTITY} ${PERIOD} reconciliation` },
    );
  }

  private async forecast(project: string): Promise<Forecast | undefined> {
    const { data } = await this.delivery.GET('/forecasts/projects/{id}', {
      params: { path: { id: project } },
    });
    return data;
  }

  private async financeDashboard(): Promise<FinanceDashboard> {
    const { data } = await this.finance.GET('/dashboards/finance');
    return present(data, 'the finance dashboard');
  }

  private async timeCases(): Promise<WorkbenchException[]> {
    const { data } = await this.finance.GET('/exceptions', {
      params: { query: { flow: 'time-posting', limit: 500 } },
    });
    return present(data, 'the time-posting exceptions').items;
  }

  private async openCase(
    reason: 'INVALID_DIMENSION',
    matches: (item: WorkbenchException) => boolean,
  ): Promise<WorkbenchException | undefined> {
    const { data } = await this.finance.GET('/exceptions', {
      params: { query: { reason, status: 'open' } },
    });
    return present(data, `the ${reason} exceptions`).items.find(matches);
  }

  private async erpTimeBills(): Promise<{ externalId?: unknown }[]> {
    const page = await this.bed.admin<{ items: { externalId?: unknown }[] }>(
      '/state/erp/timeBill?limit=1000',
    );
    return page.items;
  }

  private nameOf(project: string): string {
    return this.names.get(project) ?? project;
  }

  private describeEvents(events: BillingEvent[]): string {
    return events
      .map((event) => `${this.nameOf(event.project)} ${money(event.net)} ${event.status}`)
      .join(', ');
  }

  private projectOf(crmId: string): string {
    return present(this.projects.get(crmId), `the project of ${crmId}`);
  }
}

function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`no answer with ${what}`);
  return value;
}

/** The ids of one generation, first to last: the PSA gives them consecutively. */
function consecutiveIds(first: string | null, last: string | null): string[] {
  if (first === null || last === null) return [];
  const ids: string[] = [];
  for (let id = BigInt(first); id <= BigInt(last); id++) ids.push(String(id));
  return ids;
}

const postingOf = (entry: string) => `psa-time-${entry}`;

/** An amount of two decimal places at most, in hundredths. */
function cents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  const sign = whole.startsWith('-') ? -1n : 1n;
  return (
    sign * (BigInt(whole.replace('-', '')) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2)))
  );
}

const money = (value: Money) => `${value.amount} ${value.currency}`;
const moneys = (values: Money[]) => values.map(money).join(' + ') || '0';

function countBy<T>(
  items: T[],
  key: (item: T) => string,
  weight: (item: T) => number = () => 1,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + weight(item));
  return counts;
}

function describeCounts(counts: Map<string, number>): string {
  return [...counts].map(([key, count]) => `${key} ${count}`).join(', ');
}

function financeFigures(dashboard: FinanceDashboard): FigureRow[] {
  const perEntity = <T extends { legalEntity: string }>(rows: T[], show: (row: T) => string) =>
    rows.map((row) => `${row.legalEntity}: ${show(row)}`).join('; ') || '—';
  return [
    {
      figure: 'approved, not posted',
      value: `${dashboard.unposted.entries} entries, ${dashboard.unposted.hours} h (${dashboard.unposted.unpriced} unpriced; priced billable ${moneys(dashboard.unposted.amounts.map((amounts) => amounts.billableValue))})`,
    },
    {
      figure: 'posting success',
      value: `${dashboard.postingSuccess.rate} (${dashboard.postingSuccess.settled} settled, ${dashboard.postingSuccess.blocked} blocked)`,
    },
    {
      figure: 'unbilled',
      value: perEntity(
        dashboard.unbilled?.amounts ?? [],
        (row) => `${money(row.amount)} (${row.age})`,
      ),
    },
    { figure: 'waiting for approval', value: eventTotals(dashboard.pendingApproval) },
    { figure: 'blocked billing events', value: eventTotals(dashboard.blockedBillingEvents) },
    {
      figure: 'overdue invoices',
      value: perEntity(
        dashboard.overdueInvoices,
        (row) => `${row.invoices} (${money(row.amount)})`,
      ),
    },
    {
      figure: 'days sales outstanding',
      value: perEntity(dashboard.daysSalesOutstanding, (row) => `${row.days} days`),
    },
  ];
}

function eventTotals(totals: Schemas['EventTotalDto'][]): string {
  return totals.map((total) => `${total.events} (${money(total.net)})`).join('; ') || 'none';
}

function reconciliationRow(line: Reconciliation['lines'][number]): ReconciliationRow {
  return {
    project: line.project,
    type: line.type,
    psa: describeFigure(line.psa),
    ledger: describeFigure(line.ledger),
    unposted: describeFigure(line.unposted),
    erp: describeFigure(line.erp),
    billed: describeFigure(line.billed),
    invoiced: describeFigure(line.invoiced),
    paid: describeFigure(line.paid),
    differences: line.differences.length,
  };
}

function describeFigure(figure: Schemas['ReconciliationFigureDto'] | undefined): string {
  if (!figure) return '—';
  const hours = figure.hours === undefined ? [] : [`${figure.hours} h`];
  const amount = figure.amount ? [money(figure.amount)] : [];
  return [String(figure.count), ...hours, ...amount].join(' · ');
}

function exceptionRows(dashboard: FinanceDashboard): ExceptionRow[] {
  return dashboard.exceptions.map((row) => ({
    app: row.app,
    reason: row.reason,
    open: row.open,
    trap:
      EXPECTED_EXCEPTIONS.find((one) => one.app === row.app && one.reason === row.reason)?.trap ??
      'not expected',
  }));
}
