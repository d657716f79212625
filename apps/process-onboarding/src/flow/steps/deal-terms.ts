import type { SystemCrmApi } from '@p2c/clients';
import type {
  OnboardingAssignmentTerms,
  OnboardingMilestoneTerms,
  OnboardingTerms,
} from '@p2c/persistence';
import { ReasonCode } from '@p2c/canonical';
import { StepFailure } from '../step-failure.exception';

type Deal = SystemCrmApi.SchemaOpportunityDto;
type Milestone = SystemCrmApi.SchemaOpportunityMilestoneDto;

/** How a deal is named to the people who fix it: "006NW000106 (Litware — analytics …)". */
export function dealLabel(deal: Pick<Deal, 'crmId' | 'name'>): string {
  return `${deal.crmId} (${deal.name})`;
}

/**
 * The terms a project is set up from, read off a won deal; a deal that lacks any of them (or that
 * the CRM holds in a form the gateway cannot read) stops with every gap listed at once.
 */
export function dealTerms(deal: Deal): OnboardingTerms {
  if (!deal.isWon)
    throw new StepFailure(
      ReasonCode.DEAL_NOT_WON,
      'finance-ops',
      `Deal ${dealLabel(deal)} is no longer won (stage "${deal.stage}"); it is set up once it is closed won again.`,
      { stage: deal.stage },
    );
  return plannedTerms(deal);
}

/**
 * The terms a deal plans, won or not yet (a late-stage deal's provisional project is set up from
 * them); a deal that lacks any stops with every gap listed at once.
 */
export function plannedTerms(deal: Deal): OnboardingTerms {
  const gaps = [...deal.issues];
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) gaps.push(`It has no ${what}.`);
    return value as T;
  };
  const customer = need(deal.customer, 'customer account');
  const amount = need(deal.amount, 'amount');
  const terms: OnboardingTerms = {
    version: deal.lastModifiedAt,
    name: deal.name,
    customer,
    amount: amount?.amount,
    currency: amount?.currency,
    billingModel: need(deal.billingModel, 'billing model'),
    legalEntity: need(deal.legalEntity, 'legal entity'),
    costCenter: need(deal.costCenter, 'cost centre'),
    rateCard: need(deal.rateCard, 'rate card'),
    startDate: need(deal.startDate, 'start date'),
    endDate: need(deal.endDate, 'end date'),
    milestones: milestoneTerms(deal.milestones, amount?.currency, gaps),
    assignments: [],
  };
  if (terms.startDate && terms.endDate && terms.startDate > terms.endDate)
    gaps.push(`Its start date ${terms.startDate} is after its end date ${terms.endDate}.`);
  terms.assignments = deal.assignments.map((assignment) =>
    assignmentTerms(assignment, terms, gaps),
  );
  if (gaps.length > 0)
    throw new StepFailure(
      ReasonCode.DEAL_INCOMPLETE,
      'finance-ops',
      `Deal ${dealLabel(deal)} cannot be set up until it is completed in the CRM: ${gaps.join(' ')}`,
      { gaps },
    );
  return terms;
}

/** A deal's milestone set as project milestones (also what a change order brings them to). */
export function milestoneTerms(
  milestones: readonly Milestone[],
  currency: string | undefined,
  gaps: string[],
): OnboardingMilestoneTerms[] {
  return milestones.map((milestone) => {
    const label = `Milestone "${milestone.name}" (${milestone.crmId})`;
    if (!milestone.amount) gaps.push(`${label} has no amount.`);
    else if (currency && milestone.amount.currency !== currency)
      gaps.push(`${label} is in ${milestone.amount.currency}, the deal in ${currency}.`);
    if (!milestone.dueDate) gaps.push(`${label} has no due date.`);
    return {
      id: milestone.id,
      name: milestone.name,
      amount: milestone.amount?.amount ?? '',
      dueDate: milestone.dueDate ?? '',
    };
  });
}

function assignmentTerms(
  assignment: SystemCrmApi.SchemaOpportunityAssignmentDto,
  terms: OnboardingTerms,
  gaps: string[],
): OnboardingAssignmentTerms {
  if (assignment.hoursPerWeek === undefined)
    gaps.push(
      `The assignment of ${assignment.worker} as ${assignment.role} has no hours per week.`,
    );
  return {
    worker: assignment.worker,
    role: assignment.role,
    // planned for the whole project unless the deal says otherwise
    startDate: assignment.startDate ?? terms.startDate,
    endDate: assignment.endDate ?? terms.endDate,
    hoursPerWeek: assignment.hoursPerWeek ?? 0,
  };
}
