import type { SystemErpApi, SystemPsaApi } from '@p2c/clients';
import type {
  OnboardingMilestoneTerms,
  OnboardingOpenAssignmentTerms,
  OnboardingTerms,
} from '@p2c/persistence';

/** The PSA project of a deal, as its onboarding or its provisional set-up writes it. */
export function psaProjectBody(
  projectId: string,
  /** the deal as the PSA references it: its CRM id */
  opportunity: string,
  terms: OnboardingTerms,
): SystemPsaApi.SchemaCreatePsaProjectDto {
  return {
    id: projectId,
    opportunity,
    name: terms.name,
    rateCard: terms.rateCard,
    startDate: terms.startDate,
    endDate: terms.endDate,
    budget: { amount: terms.amount, currency: terms.currency },
    milestones: psaMilestones(terms.milestones, terms.currency),
    assignments: terms.assignments,
    openAssignments: psaOpenAssignments(terms.openAssignments ?? []),
  };
}

/** The PSA's milestones of a project in the deal's currency. */
export function psaMilestones(
  milestones: readonly OnboardingMilestoneTerms[],
  currency: string,
): SystemPsaApi.SchemaPsaMilestoneInputDto[] {
  return milestones.map((milestone) => ({
    id: milestone.id,
    name: milestone.name,
    amount: { amount: milestone.amount, currency },
    dueDate: milestone.dueDate,
  }));
}

/** The roles the PSA holds open on a project, by their labels. */
export function psaOpenAssignments(
  open: readonly OnboardingOpenAssignmentTerms[],
): SystemPsaApi.SchemaPsaOpenAssignmentDto[] {
  return open.map(({ label, role, startDate, endDate, hoursPerWeek }) => ({
    label,
    role,
    startDate,
    endDate,
    hoursPerWeek,
  }));
}

/** The ERP job of a project, as written on creation and by every change order (status kept). */
export function erpProjectBody(terms: OnboardingTerms): SystemErpApi.SchemaUpsertErpProjectDto {
  return {
    name: terms.name,
    customer: terms.customer,
    legalEntity: terms.legalEntity,
    costCenter: terms.costCenter,
    class: terms.billingModel,
    currency: terms.currency,
    startDate: terms.startDate,
    endDate: terms.endDate,
  };
}
