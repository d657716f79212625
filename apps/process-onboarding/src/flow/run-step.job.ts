import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import type { JobData } from '@p2c/messaging';
import { FlowSettings } from './flow-settings';
import { exhausted, judgeFailure, retryDelayMs } from './failure-policy';
import { OnboardingFlow } from './onboarding-flow';
import { STEP_HANDLERS, StepHandler } from './step-handler';
import { StepClaim, StepJobData, StepStore } from './step-store';

export type RunStepJobData = StepJobData;

/** What a run of the job came to (the job's return value, for people reading the queue). */
export type RunStepOutcome = 'succeeded' | 'not-claimed' | 'lost';

/**
 * Runs one step of an onboarding: claims it, keeps its lease while the handler works, and records
 * the outcome. A transient failure waits in BullMQ's delayed set (as long as the backoff, or
 * longer if the system said Retry-After) and comes back as the same job; a permanent one, or the
 * last allowed transient one, becomes an exception and the job fails for good.
 */
@Injectable()
export class RunStepJob {
  private readonly logger = new Logger(RunStepJob.name);
  private readonly handlers: Map<string, StepHandler>;

  constructor(
    @Inject(STEP_HANDLERS) handlers: StepHandler[],
    private readonly store: StepStore,
    private readonly flow: OnboardingFlow,
    private readonly settings: FlowSettings,
  ) {
    this.handlers = new Map(handlers.map((handler) => [handler.name, handler]));
  }

  readonly process = async (
    job: Job<JobData<RunStepJobData>>,
    token?: string,
  ): Promise<RunStepOutcome> => {
    const claim = await this.store.claim(job.data.stepId);
    if (!claim) return 'not-claimed';
    const handler = this.handlers.get(claim.step.name);
    if (!handler) throw new UnrecoverableError(`no handler for step ${claim.step.name}`);
    const renewal = this.keepLease(claim);
    try {
      const result = await handler.run(claim);
      return (await this.flow.succeed(claim, result)) ? 'succeeded' : 'lost';
    } catch (error) {
      return await this.afterFailure(job, token, claim, error);
    } finally {
      clearInterval(renewal);
    }
  };

  private async afterFailure(
    job: Job<JobData<RunStepJobData>>,
    token: string | undefined,
    claim: StepClaim,
    error: unknown,
  ): Promise<RunStepOutcome> {
    const verdict = judgeFailure(error);
    const failures = claim.step.failures + 1;
    if (verdict.kind === 'transient' && failures < this.settings.maxAttempts) {
      const delay = retryDelayMs(failures, this.settings, verdict.retryAfterMs);
      this.logger.warn(
        `${claim.step.name} of onboarding ${claim.onboarding.id} failed (${failures}/${this.settings.maxAttempts}), again in ${delay} ms: ${verdict.reason}`,
      );
      if (!(await this.store.retrying(claim, verdict.reason, delay))) return 'lost';
      await job.moveToDelayed(Date.now() + delay, token);
      throw new DelayedError();
    }
    const failure = verdict.kind === 'permanent' ? verdict.failure : exhausted(verdict, failures);
    this.logger.warn(
      `${claim.step.name} of onboarding ${claim.onboarding.id} stopped: ${failure.reasonCode}: ${failure.message}`,
    );
    if (!(await this.flow.fail(claim, failure))) return 'lost';
    throw new UnrecoverableError(`${failure.reasonCode}: ${failure.message}`);
  }

  /** Renews the claim's lease every third of it while the handler runs. */
  private keepLease(claim: StepClaim): NodeJS.Timeout {
    const timer = setInterval(() => {
      this.store
        .renew(claim)
        .then((held) => {
          if (!held)
            this.logger.warn(`lost ${claim.step.name} of onboarding ${claim.onboarding.id}`);
        })
        .catch((error: Error) => this.logger.warn(`lease renewal failed: ${error.message}`));
    }, this.settings.leaseMs / 3);
    timer.unref();
    return timer;
  }
}
