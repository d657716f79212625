/** The steps of an onboarding, in order, and the step that applies a change order. */
export enum StepName {
  ValidateDeal = 'validate-deal',
  ResolveCustomer = 'resolve-customer',
  CreatePsaProject = 'create-psa-project',
  CreateErpProject = 'create-erp-project',
  ActivateProjects = 'activate-projects',
  ApplyChangeOrder = 'apply-change-order',
}

/** Validation first: nothing is written anywhere before the deal's dimensions are known good. */
export const ONBOARDING_STEPS: readonly StepName[] = [
  StepName.ValidateDeal,
  StepName.ResolveCustomer,
  StepName.CreatePsaProject,
  StepName.CreateErpProject,
  StepName.ActivateProjects,
];

/** Change orders come after every onboarding step. */
export const CHANGE_ORDER_POSITION = 100;

/** The flow name on exception rows and ledger hops. */
export const ONBOARDING_FLOW = 'project-onboarding';

/** The step named on a staffing gap's exception: restaffing happens in the PSA, not in a step. */
export const RESTAFF_STEP = 'restaff-project';

/** The step named on a provisional project's exception: it is set up by the poll, not a step. */
export const PROVISIONAL_STEP = 'provisional-project';
