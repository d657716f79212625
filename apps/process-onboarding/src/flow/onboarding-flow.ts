import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { projectActivated } from '@p2c/canonical';
import { recordAudit, recordHops } from '@p2c/flow';
import { publishBusinessEvent } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { Onboarding, OnboardingStep } from '@p2c/persistence';
import { OnboardingMetrics } from '../kpis/onboarding-metrics';
import { ExceptionRecorder, exceptionSubjectOf } from './exception-recorder';
import type { StepResult } from './step-handler';
import { ONBOARDING_STEPS, RESTAFF_STEP, StepName } from './step-name';
import type { StepFailure } from './step-failure.exception';
import { StepClaim, StepStore } from './step-store';

/** What resuming an onboarding did. */
export type ResumeOutcome = 'resumed' | 'nothing-to-resume' | 'not-found';

/**
 * Moves an onboarding along: a succeeded step queues the next one (or completes the onboarding),
 * a failed one stops it with an exception, and a resume queues its failed steps again. Each move
 * is one transaction with the step's outcome, so a crash leaves either both or neither.
 */
@Injectable()
export class OnboardingFlow {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StepStore,
    private readonly exceptions: ExceptionRecorder,
    private readonly metrics: OnboardingMetrics,
  ) {}

  /** Records a run's success and what follows from it; false when the run had lost its step. */
  async succeed(claim: StepClaim, result: StepResult): Promise<boolean> {
    const { onboarding, step } = claim;
    const moved = await this.dataSource.transaction(async (manager) => {
      if (!(await this.store.succeeded(manager, claim, result.outcome))) return undefined;
      if (result.onboarding) await manager.update(Onboarding, onboarding.id, result.onboarding);
      await recordHops(manager, result.hops ?? []);
      await this.exceptions.resolve(
        manager,
        exceptionSubjectOf(onboarding, step),
        `Succeeded when retried: ${result.outcome}`,
      );
      if (result.staffingGap)
        await this.exceptions.raise(
          manager,
          { step: RESTAFF_STEP, subjectType: 'opportunity', subjectId: onboarding.opportunityId },
          result.staffingGap,
          exceptionContext(onboarding, step),
        );
      if (step.subject) return { cycleSeconds: undefined };
      const next = ONBOARDING_STEPS[ONBOARDING_STEPS.indexOf(step.name as StepName) + 1];
      if (next) {
        const row = await manager.findOneByOrFail(OnboardingStep, {
          onboardingId: onboarding.id,
          name: next,
          subject: '',
        });
        await this.store.dispatch(manager, row);
        return { cycleSeconds: undefined };
      }
      return { cycleSeconds: await this.complete(manager, onboarding.id) };
    });
    if (moved?.cycleSeconds !== undefined) this.metrics.completed(moved.cycleSeconds);
    return moved !== undefined;
  }

  /** Stops the step with an exception (and the onboarding, unless it is a change order). */
  async fail(claim: StepClaim, failure: StepFailure): Promise<boolean> {
    const { onboarding, step } = claim;
    const recorded = await this.dataSource.transaction(async (manager) => {
      if (!(await this.store.failed(manager, claim, failure.message))) return false;
      if (!step.subject) await manager.update(Onboarding, onboarding.id, { status: 'blocked' });
      await this.exceptions.raise(manager, exceptionSubjectOf(onboarding, step), failure, {
        ...exceptionContext(onboarding, step),
        retry: `POST /onboardings/${onboarding.id}/retry`,
      });
      return true;
    });
    if (recorded) this.metrics.stepFailed(step.name, failure.reasonCode);
    return recorded;
  }

  /**
   * Queues the onboarding's failed steps again (after a person fixed the cause), audited — on the
   * exception case too when the retry was asked of one.
   */
  resume(onboardingId: string, actor: string, exceptionId?: string): Promise<ResumeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const onboarding = await manager.findOne(Onboarding, {
        where: { id: onboardingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!onboarding) return 'not-found';
      const failed = await manager.find(OnboardingStep, {
        where: { onboardingId, status: 'failed' },
        lock: { mode: 'pessimistic_write' },
      });
      if (failed.length === 0) return 'nothing-to-resume';
      for (const step of failed) {
        await this.store.dispatch(manager, step);
        await this.exceptions.retrying(manager, exceptionSubjectOf(onboarding, step));
      }
      if (onboarding.status === 'blocked')
        await manager.update(Onboarding, onboardingId, { status: 'running' });
      await recordAudit(manager, {
        actor,
        action: 'onboarding.retry',
        subjectType: 'onboarding',
        subjectId: onboardingId,
        before: { status: onboarding.status, failed: failed.map((step) => step.name) },
        after: { status: onboarding.status === 'blocked' ? 'running' : onboarding.status },
      });
      if (exceptionId)
        await recordAudit(manager, {
          actor,
          action: 'exception.retry',
          subjectType: 'exception',
          subjectId: exceptionId,
          after: { status: 'retrying', onboardingId },
        });
      return 'resumed';
    });
  }

  /**
   * Both projects are active: the onboarding is complete, `ProjectActivated` goes out through the
   * outbox, and change orders that came in meanwhile are queued. Answers the setup cycle time.
   */
  private async complete(manager: EntityManager, onboardingId: string): Promise<number> {
    await manager.update(Onboarding, onboardingId, {
      status: 'completed',
      completedAt: () => 'now()',
    });
    const onboarding = await manager.findOneByOrFail(Onboarding, { id: onboardingId });
    const event = projectActivated(
      {
        project: onboarding.projectId,
        opportunity: onboarding.opportunityId,
        psaId: onboarding.psaProjectId ?? '',
        erpId: onboarding.erpProjectId ?? '',
        customer: onboarding.customerId ?? undefined,
        partner: onboarding.partner ?? undefined,
      },
      currentCorrelationId(),
    );
    await publishBusinessEvent(manager, event);
    const waiting = await manager.find(OnboardingStep, {
      where: { onboardingId, name: StepName.ApplyChangeOrder, status: 'waiting' },
    });
    for (const step of waiting) await this.store.dispatch(manager, step);
    const completedAt = onboarding.completedAt ?? new Date();
    return (completedAt.getTime() - onboarding.createdAt.getTime()) / 1000;
  }
}

/** What an exception of the onboarding's records about where it came from. */
function exceptionContext(onboarding: Onboarding, step: OnboardingStep) {
  return {
    onboardingId: onboarding.id,
    stepId: step.id,
    opportunity: onboarding.opportunityId,
    opportunityCrmId: onboarding.opportunityCrmId,
    project: onboarding.projectId,
  };
}
