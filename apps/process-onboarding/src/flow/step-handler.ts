import type { CompletedHop } from '@p2c/flow';
import type { Onboarding, OnboardingStep } from '@p2c/persistence';
import type { StepName } from './step-name';
import type { StepFailure } from './step-failure.exception';

export interface StepContext {
  onboarding: Onboarding;
  step: OnboardingStep;
}

/** Facts about the onboarding a step established, saved with the step's success. */
export type OnboardingFacts = Partial<
  Pick<
    Onboarding,
    | 'terms'
    | 'customerId'
    | 'partner'
    | 'opportunityCrmId'
    | 'opportunityName'
    | 'erpCustomerId'
    | 'customerMatch'
    | 'psaProjectId'
    | 'erpProjectId'
  >
>;

/** One hop of lineage a step made: every hop of an onboarding is about its project. */
export type LedgerHop = CompletedHop & { projectId: string };

export interface StepResult {
  /** what the step did, in words, for the people following the onboarding */
  outcome: string;
  onboarding?: OnboardingFacts;
  hops?: LedgerHop[];
  /**
   * Roles the step set up open because their planned workers cannot be staffed: an exception
   * for delivery, raised with the success, that does not stop the flow.
   */
  staffingGap?: StepFailure;
}

/**
 * One step of the flow. `run` must be idempotent: it may run again after a crash, a lost job or a
 * retry, and must then find and reuse what an earlier run made. It throws a StepFailure when only
 * a person can make it succeed, anything else to be retried.
 */
export interface StepHandler {
  readonly name: StepName;
  run(context: StepContext): Promise<StepResult>;
}

/** The injection token of every step handler, as a list. */
export const STEP_HANDLERS = Symbol('STEP_HANDLERS');
