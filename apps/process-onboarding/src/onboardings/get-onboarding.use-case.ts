import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { CrossReference, ExceptionCase, Onboarding, OnboardingStep } from '@p2c/persistence';
import { ONBOARDING_FLOW } from '../flow/step-name';
import type { OnboardingDto } from './dto/onboarding.dto';
import { toExceptionDto, toStepDto, toSummary } from './onboarding-views';
import {
  ProcessOnboardingErrorCode,
  ProcessOnboardingException,
} from './process-onboarding.exception';

/** One onboarding with its steps, the records it made (cross-references) and its exceptions. */
@Injectable()
export class GetOnboardingUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<OnboardingDto> {
    const manager = this.dataSource.manager;
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
    const [crossReferences, exceptions] = await Promise.all([
      manager.find(CrossReference, {
        where: [
          { entityType: 'opportunity', canonicalId: onboarding.opportunityId },
          ...(onboarding.customerId
            ? [{ entityType: 'customer', canonicalId: onboarding.customerId }]
            : []),
          { entityType: 'project', canonicalId: onboarding.projectId },
        ],
        order: { entityType: 'ASC', system: 'ASC' },
      }),
      manager.find(ExceptionCase, {
        where: [
          {
            flow: ONBOARDING_FLOW,
            subjectType: 'opportunity',
            subjectId: onboarding.opportunityId,
          },
          { flow: ONBOARDING_FLOW, subjectType: 'change-order', subjectId: In(changeOrders) },
        ],
        order: { createdAt: 'DESC' },
      }),
    ]);
    return {
      ...toSummary(onboarding, steps),
      steps: steps.map(toStepDto),
      crossReferences: crossReferences.map(({ entityType, canonicalId, system, externalId }) => ({
        entityType,
        canonicalId,
        system,
        externalId,
      })),
      exceptions: exceptions.map(toExceptionDto),
    };
  }
}
