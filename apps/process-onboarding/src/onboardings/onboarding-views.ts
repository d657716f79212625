import type { Onboarding, OnboardingStep } from '@p2c/persistence';
import { ONBOARDING_STEPS, StepName } from '../flow/step-name';
import type { CrossReferenceDto } from './dto/cross-reference.dto';
import { toStatusName } from './dto/onboarding-status';
import type { OnboardingStepDto } from './dto/onboarding-step.dto';
import type { OnboardingSummaryDto } from './dto/onboarding-summary.dto';

const iso = (date: Date | null | undefined) => date?.toISOString();

/** The step in progress or stopped: the first of the onboarding's own steps not yet succeeded. */
function currentStep(onboarding: Onboarding, steps: readonly OnboardingStep[]): string | undefined {
  if (onboarding.status === 'completed') return undefined;
  return ONBOARDING_STEPS.find((name) =>
    steps.some((step) => step.name === name && !step.subject && step.status !== 'succeeded'),
  );
}

export function toSummary(
  onboarding: Onboarding,
  steps: readonly OnboardingStep[],
): OnboardingSummaryDto {
  const terms = onboarding.terms;
  return {
    id: onboarding.id,
    opportunity: onboarding.opportunityId,
    opportunityCrmId: onboarding.opportunityCrmId ?? undefined,
    name: onboarding.opportunityName ?? undefined,
    customer: onboarding.customerId ?? undefined,
    partner: onboarding.partner ?? undefined,
    project: onboarding.projectId,
    status: toStatusName(onboarding.status),
    currentStep: currentStep(onboarding, steps),
    trigger: onboarding.trigger.toUpperCase(),
    requestedBy: onboarding.requestedBy ?? undefined,
    customerMatch: onboarding.customerMatch ?? undefined,
    terms: terms
      ? {
          amount: { amount: terms.amount, currency: terms.currency },
          billingModel: terms.billingModel,
          legalEntity: terms.legalEntity,
          costCenter: terms.costCenter,
          rateCard: terms.rateCard,
          startDate: terms.startDate,
          endDate: terms.endDate,
          milestones: terms.milestones.length,
          assignments: terms.assignments.length,
        }
      : undefined,
    createdAt: onboarding.createdAt.toISOString(),
    updatedAt: onboarding.updatedAt.toISOString(),
    completedAt: iso(onboarding.completedAt),
    cycleTimeSeconds: onboarding.completedAt
      ? (onboarding.completedAt.getTime() - onboarding.createdAt.getTime()) / 1000
      : undefined,
  };
}

export function toStepDto(step: OnboardingStep): OnboardingStepDto {
  return {
    name: step.name,
    changeOrder: step.name === StepName.ApplyChangeOrder ? step.subject : undefined,
    status: step.status.toUpperCase() as OnboardingStepDto['status'],
    attempts: step.attempts,
    startedAt: iso(step.startedAt),
    finishedAt: iso(step.finishedAt),
    durationMs:
      step.startedAt && step.finishedAt
        ? step.finishedAt.getTime() - step.startedAt.getTime()
        : undefined,
    nextAttemptAt: step.status === 'retrying' ? iso(step.nextAttemptAt) : undefined,
    lastError: step.lastError ?? undefined,
    outcome: step.outcome ?? undefined,
  };
}

/** Where the deal, its customer and its project live in each system, as the system APIs answered. */
export function recordsMadeBy(onboarding: Onboarding): CrossReferenceDto[] {
  const records: [string, string | null, CrossReferenceDto['system'], string | null][] = [
    ['opportunity', onboarding.opportunityId, 'crm', onboarding.opportunityCrmId],
    ['customer', onboarding.customerId, 'erp', onboarding.erpCustomerId],
    ['project', onboarding.projectId, 'erp', onboarding.erpProjectId],
    ['project', onboarding.projectId, 'psa', onboarding.psaProjectId],
  ];
  return records.flatMap(([entityType, canonicalId, system, externalId]) =>
    canonicalId && externalId ? [{ entityType, canonicalId, system, externalId }] : [],
  );
}
