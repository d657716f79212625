import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseRetry, WorkableCases } from '@p2c/flow';
import type { AuthenticatedPrincipal } from '@p2c/security';
import type { OnboardingDto } from '../onboardings/dto/onboarding.dto';
import {
  ProcessOnboardingErrorCode,
  ProcessOnboardingException,
} from '../onboardings/process-onboarding.exception';
import { RetryOnboardingUseCase } from '../onboardings/retry-onboarding.use-case';

/**
 * `POST /exceptions/{id}/retry`: resumes the onboarding the case is about, as
 * `POST /onboardings/{id}/retry` does, audited on the onboarding and on the case.
 */
@Injectable()
export class RetryExceptionUseCase implements CaseRetry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly retryOnboarding: RetryOnboardingUseCase,
  ) {}

  async execute(id: string, principal: AuthenticatedPrincipal | undefined): Promise<OnboardingDto> {
    const found = await this.workable.open(this.dataSource.manager, id, principal);
    const onboardingId = found.context.onboardingId;
    if (typeof onboardingId !== 'string')
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.NOT_RETRYABLE,
        `Exception ${id} names no onboarding to resume.`,
      );
    return this.retryOnboarding.execute(onboardingId, principal?.subject ?? 'anonymous', id);
  }
}
