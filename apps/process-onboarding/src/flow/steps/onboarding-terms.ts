import type { Onboarding, OnboardingTerms } from '@p2c/persistence';

/** The validated terms a later step works from (validation always runs first). */
export function termsOf(onboarding: Onboarding): OnboardingTerms {
  if (!onboarding.terms)
    throw new Error(
      `onboarding ${onboarding.id} has no validated terms: validate-deal must run first`,
    );
  return onboarding.terms;
}
