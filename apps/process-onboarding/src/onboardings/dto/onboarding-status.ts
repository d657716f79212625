import type { OnboardingStatus } from '@p2c/persistence';

export const ONBOARDING_STATUSES = ['PENDING', 'RUNNING', 'BLOCKED', 'COMPLETED'] as const;
export type OnboardingStatusName = (typeof ONBOARDING_STATUSES)[number];

export const toStatusName = (status: OnboardingStatus) =>
  status.toUpperCase() as OnboardingStatusName;
export const fromStatusName = (status: OnboardingStatusName) =>
  status.toLowerCase() as OnboardingStatus;
