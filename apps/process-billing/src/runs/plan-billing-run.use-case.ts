import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { Money } from '@p2c/canonical';
import { ExceptionCases, sqlRows } from '@p2c/flow';
import { DEFAULT_JOB_OPTIONS, JobData, QueueFactory, QueueName } from '@p2c/messaging';
import { BillingEvent, BillingEventItem, BillingRun } from '@p2c/persistence';
import type { InvoiceEventJobData } from '../invoicing/invoice-event-job-data';
import { BILLING_FLOW, finishJobId, invoiceJobId } from './billing-flow';
import type { BillingRunJobData, BillingRunJobName } from './billing-run-job';
import { ProjectTerms, ProjectTermsReader } from './project-terms';
import { PostingView, UnbilledPostings } from './unbilled-postings';

type ItemDraft = Omit<BillingEventItem, 'id' | 'billingEventId' | 'createdAt'>;

/**
 * Plans a run, then starts its flow. Planning reads the entity's posted billable work up to the
 * period from process-time and, under a lock per legal entity (two runs of one entity never
 * claim the same posting), makes one billing event per time-and-materials project (its contract
 * terms read from the ERP) of the postings no billing event item holds yet: the item rows, unique
 * on the posting version, are what marks a posting billed.
 * The flow is a parent job (finish the run) with a child per event (its invoice); a retry of this
 * job after a crash finds the run planned and only adds the flow again (same job ids, so no
 * job is added twice).
 */
@Injectable()
export class PlanBillingRunUseCase {
  private readonly logger = new Logger(PlanBillingRunUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: UnbilledPostings,
    private readonly terms: ProjectTermsReader,
    private readonly queues: QueueFactory,
    private readonly exceptions: ExceptionCases,
    private readonly config: ConfigService,
  ) {}

  /** On the last attempt, a failure to plan is kept as an exception case on the run, then thrown. */
  async execute(runId: string, lastAttempt: boolean): Promise<void> {
    try {
      const run = await this.dataSource.getRepository(BillingRun).findOneByOrFail({ id: runId });
      if (run.status === 'planning') {
        const postings = await this.postings.read(run.legalEntity, run.period);
        const terms = await this.terms.ofEach([
          ...new Set(postings.flatMap((posting) => posting.project ?? [])),
        ]);
        await this.dataSource.transaction((manager) => this.plan(manager, runId, postings, terms));
      }
      await this.startFlow(runId);
    } catch (error) {
      if (lastAttempt) {
        const detail = error instanceof Error ? error.message : String(error);
        await this.dataSource.transaction((manager) =>
          this.exceptions.raise(
            manager,
            { flow: BILLING_FLOW, step: 'plan', subjectType: 'billing_run', subjectId: runId },
            {
              reason: 'VENDOR_UNAVAILABLE',
              message: `The billing run could not read the unbilled work or start its invoices: ${detail}. Start the run again once process-time answers.`,
              context: { runId },
            },
          ),
        );
      }
      throw error;
    }
  }

  private async plan(
    manager: EntityManager,
    runId: string,
    postings: PostingView[],
    terms: Map<string, ProjectTerms>,
  ) {
    const run = await manager
      .getRepository(BillingRun)
      .findOneOrFail({ where: { id: runId }, lock: { mode: 'pessimistic_write' } });
    if (run.status !== 'planning') return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('billing-run:' || $1))`, [
      run.legalEntity,
    ]);
    const billed = await sqlRows<{ postingId: string }>(
      manager,
      `SELECT DISTINCT posting_id AS "postingId" FROM billing_event_items
        WHERE posting_id = ANY($1)`,
      [postings.map((posting) => posting.id)],
    );
    const taken = new Set(billed.map((row) => row.postingId));
    const byProject = new Map<string, ItemDraft[]>();
    for (const posting of postings) {
      const item = itemOf(posting);
      if (!item || taken.has(posting.id) || !posting.project) continue;
      // this slice bills time and materials; the other models' projects wait for theirs
      if (terms.get(posting.project)?.billingModel !== 'TIME_AND_MATERIALS') continue;
      byProject.set(posting.project, [...(byProject.get(posting.project) ?? []), item]);
    }
    let events = 0;
    for (const [project, items] of [...byProject].sort(([a], [b]) => a.localeCompare(b))) {
      const contract = terms.get(project)!.currency;
      const currencies = [...new Set([contract, ...items.map((item) => item.currency)])];
      if (currencies.length > 1) {
        await this.exceptions.raise(
          manager,
          { flow: BILLING_FLOW, step: 'plan', subjectType: 'project', subjectId: project },
          {
            reason: 'CURRENCY_MISMATCH',
            message: `Project ${project} is contracted in ${contract} but has billable work in ${currencies.slice(1).join(' and ')}; an invoice is in the contract currency. Correct the postings’ currency, then run billing again.`,
            context: { runId, currencies },
          },
        );
        continue;
      }
      const [currency] = currencies;
      const net = items.reduce(
        (sum, item) => sum.plus(Money.fromMinor(item.amountMinor, currency)),
        Money.zero(currency),
      );
      const event = await manager.getRepository(BillingEvent).save({
        runId,
        project,
        legalEntity: run.legalEntity,
        period: run.period,
        billingModel: 'TIME_AND_MATERIALS',
        currency,
        netMinor: net.toMinorNumber(),
        taxMinor: net.times(run.taxRate).toMinorNumber(),
        status: 'pending',
        issueDate: lastDayOf(run.period),
      });
      await manager
        .getRepository(BillingEventItem)
        .insert(items.map((item) => ({ ...item, billingEventId: event.id })));
      events++;
    }
    await manager.getRepository(BillingRun).update(runId, {
      status: events > 0 ? 'invoicing' : 'completed',
      plannedAt: new Date(),
      completedAt: events > 0 ? null : new Date(),
    });
    this.logger.log(
      `run ${runId}: ${events} billing events of ${run.legalEntity} to ${run.period}`,
    );
  }

  private async startFlow(runId: string): Promise<void> {
    const run = await this.dataSource.getRepository(BillingRun).findOneByOrFail({ id: runId });
    if (run.status !== 'invoicing') return;
    const events = await this.dataSource
      .getRepository(BillingEvent)
      .find({ where: { runId, status: 'pending' }, select: { id: true } });
    const attempts = this.config.getOrThrow<number>('BILLING_INVOICE_ATTEMPTS');
    const delay = this.config.getOrThrow<number>('BILLING_RETRY_BASE_MS');
    await this.queues.flows().add({
      name: 'finish-run' satisfies BillingRunJobName,
      queueName: QueueName.BillingRun,
      data: {
        runId,
        correlationId: run.correlationId ?? undefined,
      } satisfies JobData<BillingRunJobData>,
      opts: { ...DEFAULT_JOB_OPTIONS, jobId: finishJobId(runId) },
      children: events.map((event) => ({
        name: 'invoice-event',
        queueName: QueueName.Invoicing,
        data: {
          runId,
          eventId: event.id,
          correlationId: run.correlationId ?? undefined,
        } satisfies JobData<InvoiceEventJobData>,
        opts: {
          ...DEFAULT_JOB_OPTIONS,
          jobId: invoiceJobId(event.id),
          attempts,
          backoff: { type: 'exponential', delay, jitter: 0.2 },
          // one project's failure never holds up the run: the parent finishes regardless
          ignoreDependencyOnFailure: true,
        },
      })),
    });
  }
}

/** A posted billable posting as an item to bill; undefined when it bills nothing. */
function itemOf(posting: PostingView): ItemDraft | undefined {
  const value = posting.billableValue;
  if (!value || posting.postedVersion === undefined || !posting.accountingPeriod) return undefined;
  const amount = Money.fromJson(value);
  if (amount.isZero()) return undefined;
  const time = posting.kind === 'TIME';
  return {
    kind: time ? 'TIME' : 'EXPENSE',
    postingId: posting.id,
    postedVersion: posting.postedVersion,
    role: time ? (posting.role ?? null) : null,
    workDate: posting.workDate ?? null,
    accountingPeriod: posting.accountingPeriod,
    minutes: time ? (posting.minutes ?? null) : null,
    rateMinor: time && posting.billRate ? Money.fromJson(posting.billRate).toMinorNumber() : null,
    amountMinor: amount.toMinorNumber(),
    currency: value.currency,
  };
}

/** The invoice date of a period's run: its last day. */
function lastDayOf(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
