import { EntityManager, In, Not, IsNull } from 'typeorm';
import { Onboarding, OnboardingTerms, ProvisionalProject } from '@p2c/persistence';

/** The validated terms of the onboardings that took promoted provisional projects over. */
export async function onboardedTerms(
  manager: EntityManager,
  rows: readonly ProvisionalProject[],
): Promise<Map<string, OnboardingTerms>> {
  const promoted = rows.filter((row) => row.status === 'promoted').map((row) => row.opportunityId);
  if (promoted.length === 0) return new Map();
  const onboardings = await manager.find(Onboarding, {
    select: { opportunityId: true, terms: true },
    where: { opportunityId: In(promoted), terms: Not(IsNull()) },
  });
  return new Map(onboardings.map((onboarding) => [onboarding.opportunityId, onboarding.terms!]));
}
