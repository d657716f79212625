import { Injectable } from '@nestjs/common';
import { periodOf } from '@p2c/canonical';
import { postingIdOf } from '../compare/posting-id';
import type {
  ErpExpensePosting,
  ErpInvoice,
  ErpProject,
  LedgerPosting,
  ProjectSides,
  PsaExpense,
  PsaTimeEntry,
} from '../compare/project-sides';
import { BilledPeriod, BilledWork } from './billed-work';
import { ErpHoldings } from './erp-holdings';
import { LedgerPostings } from './ledger-postings';
import { PsaWork } from './psa-work';

/** What is read once for the whole period, before the projects are read one by one. */
interface PeriodReads {
  period: string;
  /** approved in the PSA and worked (or spent) in the period, of any legal entity */
  psaTime: PsaTimeEntry[];
  psaExpenses: PsaExpense[];
  /** the legal entity's postings of every status, up to the period */
  postings: LedgerPosting[];
  billing: BilledPeriod;
}

/** The billing models whose PSA milestones are reconciled: milestones, and fee schedules. */
const SCHEDULED_MODELS = new Set(['MILESTONE', 'FIXED_FEE', 'RETAINER']);

/**
 * Reads every side of a legal entity's period, project by project, through the APIs that own
 * them (process-billing reads no other app's tables). The projects are those with work approved
 * in the PSA, postings in the ledger or billing in the period, whose ERP job belongs to the
 * entity. The sides are read one after another, not at one instant: work that moves meanwhile
 * shows as a difference that the next reconciliation no longer finds.
 */
@Injectable()
export class ReconciliationSources {
  constructor(
    private readonly psa: PsaWork,
    private readonly ledger: LedgerPostings,
    private readonly erp: ErpHoldings,
    private readonly billed: BilledWork,
  ) {}

  async read(legalEntity: string, period: string): Promise<ProjectSides[]> {
    const inPeriod = (date: string | undefined) => date !== undefined && periodOf(date) === period;
    const [time, expenses, postings, billing] = await Promise.all([
      this.psa.approvedTime(),
      this.psa.approvedExpenses(),
      this.ledger.ofEntity(legalEntity, period),
      this.billed.of(legalEntity, period),
    ]);
    const read: PeriodReads = {
      period,
      psaTime: time.filter((entry) => inPeriod(entry.workDate)),
      psaExpenses: expenses.filter((expense) => inPeriod(expense.date)),
      postings,
      billing,
    };
    const projects = await this.projectsOf(legalEntity, [
      ...read.psaTime.flatMap((entry) => entry.project ?? []),
      ...read.psaExpenses.flatMap((expense) => expense.project ?? []),
      ...postings
        .filter((posting) => (posting.accountingPeriod ?? '') === period)
        .flatMap((posting) => posting.project ?? []),
      ...billing.events.map((event) => event.project),
    ]);
    const sides: ProjectSides[] = [];
    for (const [project, job] of projects) sides.push(await this.sidesOf(project, job, read));
    return sides;
  }

  /** One project's sides: what the period's reads hold of it, and what is read per project. */
  private async sidesOf(
    project: string,
    job: ErpProject,
    read: PeriodReads,
  ): Promise<ProjectSides> {
    const { period, postings, billing } = read;
    const inPeriod = (date: string) => periodOf(date) === period;
    const erpTime = await this.erp.timePostings(project);
    const billedEvents = billing.events.filter((event) => event.project === project);
    const eventIds = new Set(billedEvents.map((event) => event.id));
    const psaTime = read.psaTime.filter((entry) => entry.project === project);
    const psaExpenses = read.psaExpenses.filter((expense) => expense.project === project);
    const billedItems = billing.items.filter((item) => eventIds.has(item.billingEvent));
    // what another side names that the entity's postings do not hold (not priced yet, another period)
    const known = new Set(postings.map((posting) => posting.id));
    const named = [
      ...psaTime.map((entry) => postingIdOf('time', entry.sourceId)),
      ...psaExpenses.map((expense) => postingIdOf('expense', expense.sourceId)),
      ...billedItems.map((item) => item.postingId),
      ...erpTime.filter((bill) => inPeriod(bill.workDate)).flatMap((bill) => bill.id ?? []),
    ].filter((id) => !known.has(id));
    const ledger = [
      ...postings.filter((posting) => posting.project === project),
      ...(await this.ledger.byIds([...new Set(named)])),
    ];
    return {
      project,
      period,
      currency: job.currency,
      billingModel: job.class,
      psaTime,
      psaExpenses,
      milestones: SCHEDULED_MODELS.has(job.class ?? '')
        ? (await this.psa.milestones(project)).filter((milestone) => inPeriod(milestone.dueDate))
        : [],
      ledger,
      erpTime,
      erpExpenses: await this.expenseReports(ledger, period),
      billedItems,
      billedEvents,
      invoices: await this.invoices(billedEvents.filter((event) => event.status === 'invoiced')),
    };
  }

  /** The candidates whose ERP job belongs to the legal entity, by id; jobs read fresh. */
  private async projectsOf(
    legalEntity: string,
    candidates: string[],
  ): Promise<Map<string, ErpProject>> {
    const projects = new Map<string, ErpProject>();
    for (const project of [...new Set(candidates)].sort()) {
      const job = await this.erp.project(project);
      if (job?.legalEntity === legalEntity) projects.set(project, job);
    }
    return projects;
  }

  private async expenseReports(
    ledger: LedgerPosting[],
    period: string,
  ): Promise<Map<string, ErpExpensePosting | null>> {
    const reports = new Map<string, ErpExpensePosting | null>();
    for (const posting of ledger)
      if (
        posting.kind === 'EXPENSE' &&
        posting.status === 'posted' &&
        posting.accountingPeriod === period
      )
        reports.set(posting.id, (await this.erp.expensePosting(posting.id)) ?? null);
    return reports;
  }

  private async invoices(events: { id: string }[]): Promise<Map<string, ErpInvoice | null>> {
    const invoices = new Map<string, ErpInvoice | null>();
    for (const event of events) invoices.set(event.id, (await this.erp.invoice(event.id)) ?? null);
    return invoices;
  }
}
