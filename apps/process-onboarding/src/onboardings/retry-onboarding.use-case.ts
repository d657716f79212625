import { Injectable } from '@nestjs/common';
import { OnboardingFlow } from '../flow/onboarding-flow';
import type { OnboardingDto } from './dto/onboarding.dto';
import { GetOnboardingUseCase } from './get-onboarding.use-case';
import {
  ProcessOnboardingErrorCode,
  ProcessOnboardingException,
} from './process-onboarding.exception';

/** Resumes an onboarding stopped by an exception from its failed step (and failed change orders). */
@Injectable()
export class RetryOnboardingUseCase {
  constructor(
    private readonly flow: OnboardingFlow,
    private readonly getOnboarding: GetOnboardingUseCase,
  ) {}

  /** `exceptionId`: the case the retry was asked of (`POST /exceptions/{id}/retry`), audited too. */
  async execute(id: string, actor: string, exceptionId?: string): Promise<OnboardingDto> {
    const outcome = await this.flow.resume(id, actor, exceptionId);
    if (outcome === 'not-found')
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.NOT_FOUND,
        `There is no onboarding ${id}.`,
      );
    if (outcome === 'nothing-to-resume')
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.NOTHING_TO_RETRY,
        `Onboarding ${id} has no failed step: it is running or complete.`,
      );
    return this.getOnboarding.execute(id);
  }
}
