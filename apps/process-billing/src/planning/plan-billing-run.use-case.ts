import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { Money, REASON_CATALOGUE, addDays } from '@p2c/canonical';
import { ExceptionCases, sqlRows } from '@p2c/flow';
import { DEFAULT_JOB_OPTIONS, JobData, QueueFactory, QueueName } from '@p2c/messaging';
import { BillingEvent, BillingModel, BillingRun } from '@p2c/persistence';
import type { InvoiceEventJobData } from '../invoicing/invoice-event-job-data';
import { BILLING_FLOW, finishJobId, invoiceJobId } from '../runs/billing-flow';
import type { BillingRunJobData, BillingRunJobName } from '../runs/billing-run-job';
import { ItemDraft, netOf, postingItem, scheduleItem } from './billable-items';
import { billedPostings, dueScheduleLines } from './billed-so-far';
import { ContractCap, ContractCapsReader } from './contract-caps';
import { ProjectTerms, ProjectTermsReader } from './project-terms';
import { insertItems } from './insert-items';
import { readEach } from './read-each';
import { PostingView, UnbilledPostings } from './unbilled-postings';

/** The step a project's OVER_CAP case is raised for. */
const CAP_STEP = 'cap';

/** What planning reads before its transaction: postings, contract terms and caps per project. */
interface WhatARunReads {
  postings: PostingView[];
  terms: Map<string, ProjectTerms>;
  caps: Map<string, ContractCap | undefined>;
}

const BILLING_MODELS: readonly string[] = [
  'TIME_AND_MATERIALS',
  'FIXED_FEE',
  'MILESTONE',
  'RETAINER',
] satisfies BillingModel[];

/**
 * Plans a run, then starts its flow. Planning reads the entity's billable postings up to the
 * period from process-time and, under a lock per legal entity (two runs of one entity never
 * bill the same source), makes one billing event per project of what no billing event item
 * bills yet: a time-and-materials project's posted time and expenses (and the difference a
 * correction or reversal made to work billed before), a fixed fee's or retainer's schedule lines
 * once due, a milestone once the PSA reported it completed. The item rows, unique on their
 * source, are what marks a source billed. An event whose net is above its legal entity's
 * threshold waits for finance's approval; one that nets negative is a credit memo.
 * The flow is a parent job (finish the run) with a child per event ready to invoice; a retry of
 * this job after a crash finds the run planned and only adds the flow again (same job ids, so no
 * job is added twice).
 */
@Injectable()
export class PlanBillingRunUseCase {
  private readonly logger = new Logger(PlanBillingRunUseCase.name);
  private readonly thresholds: Record<string, string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: UnbilledPostings,
    private readonly terms: ProjectTermsReader,
    private readonly caps: ContractCapsReader,
    private readonly queues: QueueFactory,
    private readonly exceptions: ExceptionCases,
    private readonly config: ConfigService,
  ) {
    this.thresholds = config.getOrThrow<Record<string, string>>('BILLING_APPROVAL_THRESHOLDS');
  }

  /** On the last attempt, a failure to plan is kept as an exception case on the run, then thrown. */
  async execute(runId: string, lastAttempt: boolean): Promise<void> {
    try {
      const run = await this.dataSource.getRepository(BillingRun).findOneByOrFail({ id: runId });
      if (run.status === 'planning') {
        const postings = await this.postings.read(run.legalEntity, run.period);
        const projects = [...new Set(postings.flatMap((posting) => posting.project ?? []))];
        const capped = [
          ...new Set([...projects, ...(await this.scheduledProjects(run.legalEntity))]),
        ];
        // the terms come from the ERP, the caps from the PSA and the CRM: read side by side
        const [terms, caps] = await Promise.all([
          readEach(projects, (project) => this.terms.of(project)),
          readEach(capped, (project) => this.caps.of(project, lastDayOf(run.period))),
        ]);
        await this.dataSource.transaction((manager) =>
          this.plan(manager, runId, { postings, terms, caps }),
        );
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
              message: `The billing run could not read the unbilled work or start its invoices: ${detail}. Start the run again once process-time and the ERP answer.`,
              context: { runId },
            },
          ),
        );
      }
      throw error;
    }
  }

  /** The legal entity's projects with a fee, retainer or milestone schedule. */
  private async scheduledProjects(legalEntity: string): Promise<string[]> {
    const rows = await sqlRows<{ project: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT project FROM billing_schedule_lines WHERE legal_entity = $1`,
      [legalEntity],
    );
    return rows.map((row) => row.project);
  }

  private async plan(manager: EntityManager, runId: string, read: WhatARunReads) {
    const { postings, terms, caps } = read;
    const run = await manager
      .getRepository(BillingRun)
      .findOneOrFail({ where: { id: runId }, lock: { mode: 'pessimistic_write' } });
    if (run.status !== 'planning') return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('billing-run:' || $1))`, [
      run.legalEntity,
    ]);
    const byProject = new Map<string, { model: string; currency: string; items: ItemDraft[] }>();
    const add = (project: string, model: string, currency: string, item: ItemDraft) => {
      const group = byProject.get(project) ?? { model, currency, items: [] };
      group.items.push(item);
      byProject.set(project, group);
    };
    const billed = await billedPostings(
      manager,
      postings.map((posting) => posting.id),
    );
    for (const posting of postings) {
      const contract = posting.project ? terms.get(posting.project) : undefined;
      // posted time and expenses bill only on a time-and-materials contract
      if (!contract || contract.billingModel !== 'TIME_AND_MATERIALS') continue;
      const item = postingItem(posting, billed.get(posting.id));
      if (item) add(posting.project!, contract.billingModel, contract.currency, item);
    }
    const lines = await dueScheduleLines(manager, run.legalEntity, lastDayOf(run.period));
    for (const line of lines)
      add(line.project, line.billingModel, line.currency, scheduleItem(line));

    // the projects whose work waits beyond their cap: only their cases can be resolved
    const waiting = await sqlRows<{ project: string }>(
      manager,
      `SELECT subject_id AS project FROM exceptions
        WHERE flow = $1 AND step = $2 AND status NOT IN ('resolved', 'dismissed')`,
      [BILLING_FLOW, CAP_STEP],
    );
    const overCap = new Set(waiting.map((row) => row.project));
    let events = 0;
    for (const [project, group] of [...byProject].sort(([a], [b]) => a.localeCompare(b))) {
      if (await this.inAnotherCurrency(manager, runId, project, group)) continue;
      const cap = caps.get(project);
      const items = await this.withinCap(manager, runId, project, group, cap, overCap);
      if (await this.made(manager, run, project, { ...group, items })) events++;
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

  /** Work in another currency than the contract's is not billed: a case says so. */
  private async inAnotherCurrency(
    manager: EntityManager,
    runId: string,
    project: string,
    group: { currency: string; items: ItemDraft[] },
  ): Promise<boolean> {
    const others = [...new Set(group.items.map((item) => item.currency))].filter(
      (currency) => currency !== group.currency,
    );
    if (others.length === 0) return false;
    await this.exceptions.raise(
      manager,
      { flow: BILLING_FLOW, step: 'plan', subjectType: 'project', subjectId: project },
      {
        reason: 'CURRENCY_MISMATCH',
        message: `Project ${project} is contracted in ${group.currency} but has billable work in ${others.join(' and ')}; an invoice is in the contract currency. Correct the postings’ currency, then run billing again.`,
        context: { runId, currencies: [group.currency, ...others] },
      },
    );
    return true;
  }

  /**
   * The items the contract's not-to-exceed amount leaves room for, after what items already bill
   * of the project: oldest first, credits always. What is left out waits, unbilled, under an
   * `OVER_CAP` case for finance; a run that finds everything within the cap resolves the case.
   */
  private async withinCap(
    manager: EntityManager,
    runId: string,
    project: string,
    group: { currency: string; items: ItemDraft[] },
    cap: ContractCap | undefined,
    overCap: ReadonlySet<string>,
  ): Promise<ItemDraft[]> {
    const subject = {
      flow: BILLING_FLOW,
      step: CAP_STEP,
      subjectType: 'project',
      subjectId: project,
    };
    if (!cap || cap.notToExceed.currency !== group.currency) {
      await this.exceptions.resolve(
        manager,
        subject,
        'The contract has no not-to-exceed amount now.',
      );
      return group.items;
    }
    const [billed] = await sqlRows<{ net: string }>(
      manager,
      `SELECT COALESCE(SUM(i.amount_minor), 0)::text AS net FROM billing_event_items i
         JOIN billing_events e ON e.id = i.billing_event_id WHERE e.project = $1`,
      [project],
    );
    let room = cap.notToExceed.minor - BigInt(billed.net);
    const within: ItemDraft[] = [];
    const over: ItemDraft[] = [];
    const oldestFirst = [...group.items].sort(
      (a, b) =>
        (a.workDate ?? '').localeCompare(b.workDate ?? '') ||
        (a.postingId ?? a.scheduleLineId ?? '').localeCompare(
          b.postingId ?? b.scheduleLineId ?? '',
        ),
    );
    for (const item of oldestFirst) {
      const amount = BigInt(item.amountMinor);
      if (amount <= room) {
        within.push(item);
        room -= amount;
      } else over.push(item);
    }
    if (over.length === 0) {
      if (overCap.has(project))
        await this.exceptions.resolve(manager, subject, 'Everything billable is within the cap.');
      return within;
    }
    const waiting = netOf(over, group.currency);
    await this.exceptions.raise(manager, subject, {
      reason: 'OVER_CAP',
      message: `Project ${project}'s contract caps billing at ${cap.notToExceed.toDecimal()} ${group.currency}, and ${Money.fromMinor(BigInt(billed.net), group.currency).toDecimal()} is billed: ${over.length} items worth ${waiting.toDecimal()} ${group.currency} wait beyond it. ${REASON_CATALOGUE.OVER_CAP.action}`,
      context: {
        runId,
        contract: cap.contract,
        notToExceed: cap.notToExceed.toJSON(),
        waiting: waiting.toJSON(),
        postings: over.flatMap((item) => item.postingId ?? []).slice(0, 100),
        scheduleLines: over.flatMap((item) => item.scheduleLineId ?? []),
      },
    });
    return within;
  }

  /**
   * The project's billing event with its items; false when they net to nothing (they stay
   * unbilled and join the project's next event).
   */
  private async made(
    manager: EntityManager,
    run: BillingRun,
    project: string,
    group: { model: string; currency: string; items: ItemDraft[] },
  ): Promise<boolean> {
    const { currency, items } = group;
    const net = netOf(items, currency);
    if (net.isZero()) return false;
    const credit = net.toMinorNumber() < 0;
    const issueDate = lastDayOf(run.period);
    const threshold = this.thresholds[run.legalEntity];
    const gated =
      threshold !== undefined &&
      net.toMinorNumber() > Money.of(threshold, currency).toMinorNumber();
    const event = await manager.getRepository(BillingEvent).save({
      runId: run.id,
      project,
      legalEntity: run.legalEntity,
      period: run.period,
      billingModel: (BILLING_MODELS.includes(group.model)
        ? group.model
        : 'TIME_AND_MATERIALS') as BillingModel,
      document: credit ? 'credit_memo' : 'invoice',
      creditedEventId: credit ? await this.invoiceCorrected(manager, project, items) : null,
      currency,
      netMinor: net.toMinorNumber(),
      taxMinor: net.times(run.taxRate).toMinorNumber(),
      status: gated ? 'pending_approval' : 'pending',
      issueDate,
      dueDate: addDays(issueDate, this.config.getOrThrow<number>('BILLING_PAYMENT_TERMS_DAYS')),
    });
    await insertItems(manager, event.id, items);
    return true;
  }

  /**
   * What a credit memo credits: the latest invoice that billed the corrected postings (else the
   * project's latest invoice).
   */
  private async invoiceCorrected(
    manager: EntityManager,
    project: string,
    items: ItemDraft[],
  ): Promise<string | null> {
    const [last] = await sqlRows<{ id: string }>(
      manager,
      `SELECT e.id FROM billing_events e
        WHERE e.project = $1 AND e.status = 'invoiced' AND e.document = 'invoice'
        ORDER BY EXISTS (SELECT 1 FROM billing_event_items i
                          WHERE i.billing_event_id = e.id AND i.posting_id = ANY($2)) DESC,
                 e.invoiced_at DESC
        LIMIT 1`,
      [project, items.flatMap((item) => item.postingId ?? [])],
    );
    return last?.id ?? null;
  }

  private async startFlow(runId: string): Promise<void> {
    const run = await this.dataSource.getRepository(BillingRun).findOneByOrFail({ id: runId });
    if (run.status !== 'invoicing') return;
    const events = await this.dataSource
      .getRepository(BillingEvent)
      .find({ where: { runId, status: 'pending' }, select: { id: true } });
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
          ...invoiceJobOptions(this.config),
          jobId: invoiceJobId(event.id),
          // one project's failure never holds up the run: the parent finishes regardless
          ignoreDependencyOnFailure: true,
        },
      })),
    });
  }
}

/** An invoice job's tries and backoff (a run's children, and an approved event's invoice). */
export function invoiceJobOptions(config: ConfigService) {
  return {
    ...DEFAULT_JOB_OPTIONS,
    attempts: config.getOrThrow<number>('BILLING_INVOICE_ATTEMPTS'),
    backoff: {
      type: 'exponential',
      delay: config.getOrThrow<number>('BILLING_RETRY_BASE_MS'),
      jitter: 0.2,
    },
  };
}

/** The invoice date of a period's run: its last day. */
export function lastDayOf(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
