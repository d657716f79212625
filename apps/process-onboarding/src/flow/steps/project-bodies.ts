import type { SystemErpApi, SystemPsaApi } from '@p2c/clients';
import type {
  OnboardingMilestoneTerms,
  OnboardingOpenAssignmentTerms,
  OnboardingTerms,
} from '@p2c/persistence';

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
