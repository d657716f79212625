import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseSubject, ExceptionCases } from '@p2c/flow';
import type { Onboarding, OnboardingStep } from '@p2c/persistence';
import { ONBOARDING_FLOW } from './step-name';
import type { StepFailure } from './step-failure.exception';

/** The record an exception is about: the deal, or a change order of it. */
export interface ExceptionSubject {
  step: string;
  subjectType: 'opportunity' | 'change-order';
  subjectId: string;
}

/**
 * The onboarding's exception cases (ExceptionCases, under the one status rule): raised when a
 * step stops, marked `retrying` when it is resumed, resolved when it then succeeds.
 */
@Injectable()
export class ExceptionRecorder {
  constructor(private readonly cases: ExceptionCases) {}

  raise(
    manager: EntityManager,
    subject: ExceptionSubject,
    failure: StepFailure,
    context: Record<string, unknown>,
  ): Promise<string> {
    return this.cases.raise(manager, caseOf(subject), {
      reason: failure.reasonCode,
      message: failure.message,
      owner: failure.ownerGroup,
      context: { ...context, ...failure.facts },
    });
  }

  /** The step was resumed: its exception waits for the outcome. */
  async retrying(manager: EntityManager, subject: ExceptionSubject): Promise<void> {
    await this.cases.retrying(manager, caseOf(subject));
  }

  /** The step succeeded: its exception, if any, is resolved. */
  async resolve(manager: EntityManager, subject: ExceptionSubject, resolution: string) {
    await this.cases.resolve(manager, caseOf(subject), resolution);
  }
}

function caseOf(subject: ExceptionSubject): CaseSubject {
  return { flow: ONBOARDING_FLOW, ...subject };
}

/** Whom a step's exception is about: its change order, or else the onboarding's deal. */
export function exceptionSubjectOf(
  onboarding: Pick<Onboarding, 'opportunityId'>,
  step: Pick<OnboardingStep, 'name' | 'subject'>,
): ExceptionSubject {
  return step.subject
    ? { step: step.name, subjectType: 'change-order', subjectId: step.subject }
    : { step: step.name, subjectType: 'opportunity', subjectId: onboarding.opportunityId };
}
