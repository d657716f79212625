import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ExceptionCase, Onboarding, OnboardingStep } from '@p2c/persistence';
import { ONBOARDING_FLOW } from '../flow/step-name';
import type { OnboardingDto } from './dto/onboarding.dto';
import { exceptionCaseView } from '@p2c/flow';
import { recordsMadeBy, toStepDto, toSummary } from './onboarding-views';
import {
  ProcessOnboardingErrorCode,
  ProcessOnboardingException,
} from './process-onboarding.exception';

/** One onboarding with its steps, the records it made in each system and its exceptions. */
@Injectable()
export class GetOnboardingUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Read in one snapshot, so the onboarding, its steps and its cases agree with each other. */
  execute(id: string): Promise<OnboardingDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, id));
  }

  private async read(manager: EntityManager, id: string): Promise<OnboardingDto> {
    const onboarding = await manager.findOneBy(Onboarding, { id });
    if (!onboarding)
      throw new ProcessOnboardingException(
        ProcessOnboardingErrorCode.NOT_FOUND,
        `There is no onboarding ${id}.`,
      );
    const steps = await manager.find(OnboardingStep, {
      where: { onboardingId: id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const changeOrders = steps.map((step) => step.subject).filter(Boolean);
    const exceptions = await manager.find(ExceptionCase, {
      where: [
        {
          flow: ONBOARDING_FLOW,
          subjectType: 'opportunity',
          subjectId: onboarding.opportunityId,
        },
        { flow: ONBOARDING_FLOW, subjectType: 'change-order', subjectId: In(changeOrders) },
      ],
      order: { createdAt: 'DESC' },
    });
    return {
      ...toSummary(onboarding, steps),
      steps: steps.map(toStepDto),
      crossReferences: recordsMadeBy(onboarding),
      exceptions: exceptions.map((exception) => exceptionCaseView(exception)),
    };
  }
}
