import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseRetry, ExceptionCases, WorkableCases, recordAudit } from '@p2c/flow';
import { BillingEvent, BillingEventItem, BillingRun, ExceptionCase } from '@p2c/persistence';
import type { AuthenticatedPrincipal } from '@p2c/security';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { INVOICE_STEP, PLAN_STEP, RECOVER_STEP } from '../runs/billing-flow';
import { RunJobs } from '../runs/run-jobs';
import { RunRestart, StoppedRun } from '../runs/run-restart';
import type { BillingRetryAcceptedDto } from './dto/billing-retry-accepted.dto';

/** What a retry moves on once its transaction is committed. */
type Reopened = { runId: string; eventId: string } | { runId: string; run: StoppedRun };

/**
 * `POST /exceptions/{id}/retry`, audited, the case `retrying` until the outcome:
 * - an invoice that gave up (the ERP unreachable through every try, its items kept, the event
 *   failed): the event is pending again, its run invoicing, and its invoice job is added again.
 *   The invoice looks first in the ERP, so a retry never raises a second one; it resolves the
 *   case once raised, or files it again.
 * - a run stuck in planning or invoicing (planning's case, or the recovery sweep's): the run is
 *   picked up again as the sweep does, its recoveries back at 0; the sweep resolves the case once
 *   the run has moved on.
 * Anything else is 409 NOT_RETRYABLE, e.g. a refused invoice, whose work was released for the
 * next run to bill.
 */
@Injectable()
export class RetryExceptionUseCase implements CaseRetry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly cases: ExceptionCases,
    private readonly jobs: RunJobs,
    private readonly restart: RunRestart,
  ) {}

  async execute(
    id: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<BillingRetryAcceptedDto> {
    const reopened = await this.dataSource.transaction(async (manager) => {
      const found = await this.workable.open(manager, id, principal);
      const done = await this.reopen(manager, found);
      await this.cases.retryingCase(manager, id);
      await recordAudit(manager, {
        actor: principal?.subject ?? 'anonymous',
        action: 'exception.retry',
        subjectType: 'exception',
        subjectId: id,
        before: { status: found.status, reasonCode: found.reasonCode },
        after: {
          status: 'retrying',
          runId: done.runId,
          ...('eventId' in done ? { billingEvent: done.eventId } : {}),
        },
      });
      return done;
    });
    // if this is lost (Redis unreachable), the recovery sweep finds the run stuck
    if ('eventId' in reopened) await this.jobs.requeueInvoice(reopened.runId, reopened.eventId);
    else await this.restart.afterCommit(reopened.run);
    return {
      exception: id,
      run: reopened.runId,
      billingEvent: 'eventId' in reopened ? reopened.eventId : undefined,
      status: 'retrying',
    };
  }

  private reopen(manager: EntityManager, found: ExceptionCase): Promise<Reopened> {
    if (found.subjectType === 'billing_event' && found.step === INVOICE_STEP)
      return this.reopenInvoice(manager, found);
    if (found.subjectType === 'billing_run' && [PLAN_STEP, RECOVER_STEP].includes(found.step))
      return this.reopenRun(manager, found);
    throw notRetryable(
      `Exception ${found.id} is about no invoice or run the workbench can replay; resolve or dismiss it by hand.`,
    );
  }

  private async reopenInvoice(manager: EntityManager, found: ExceptionCase): Promise<Reopened> {
    const event = await manager.findOne(BillingEvent, {
      where: { id: found.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!event || !['failed', 'pending'].includes(event.status))
      throw notRetryable(
        `Billing event ${found.subjectId} is ${event?.status ?? 'gone'}: there is no invoice to retry.`,
      );
    if (!(await manager.existsBy(BillingEventItem, { billingEventId: event.id })))
      throw notRetryable(
        `The ERP refused the invoice of billing event ${event.id}, and its work was released: the next run of ${event.legalEntity} bills it and resolves this case.`,
      );
    await manager.update(BillingEvent, event.id, { status: 'pending', lastError: null });
    await manager.query(
      `UPDATE billing_runs SET status = 'invoicing', completed_at = NULL, updated_at = now()
        WHERE id = $1 AND status IN ('completed', 'completed_with_exceptions')`,
      [event.runId],
    );
    return { runId: event.runId, eventId: event.id };
  }

  private async reopenRun(manager: EntityManager, found: ExceptionCase): Promise<Reopened> {
    const run = await manager.findOne(BillingRun, {
      where: { id: found.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!run || (run.status !== 'planning' && run.status !== 'invoicing'))
      throw notRetryable(
        `Billing run ${found.subjectId} is ${run?.status ?? 'gone'}: nothing of it is stuck.`,
      );
    await manager.query(
      `UPDATE billing_runs SET recoveries = 0, updated_at = now() WHERE id = $1`,
      [run.id],
    );
    const stopped = { id: run.id, status: run.status };
    await this.restart.inTransaction(manager, stopped);
    return { runId: run.id, run: stopped };
  }
}

function notRetryable(detail: string): ProcessBillingException {
  return new ProcessBillingException(ProcessBillingErrorCode.NOT_RETRYABLE, detail);
}
