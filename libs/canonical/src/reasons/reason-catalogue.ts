import { ReasonCode } from './reason-code';
import type { ReasonDefinition } from './reason-definition';

const finance = { owner: 'finance-ops', slaHours: 24 } as const;
const integration = { owner: 'integration-support', slaHours: 8 } as const;
const platform = { owner: 'platform', slaHours: 2 } as const;
const delivery = { owner: 'delivery', slaHours: 24 } as const;
const requestFix = 'Correct the request (a defect of its caller), then send it again.';

/**
 * The one catalogue of reason codes: HTTP status, owner group, SLA and what to do. System APIs
 * answer with these codes, process apps file and act on them as they are, and the exceptions
 * table's owner groups are the ones named here.
 */
export const REASON_CATALOGUE: Record<ReasonCode, ReasonDefinition> = {
  [ReasonCode.INVALID_DIMENSION]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action: 'Correct the legal entity, cost centre, currency or class, then retry.',
  },
  [ReasonCode.DUPLICATE_SUSPECTED]: {
    status: 409,
    kind: 'refusal',
    ...finance,
    action: 'Choose the record that is meant and link it, then retry.',
  },
  [ReasonCode.PERIOD_CLOSED]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action: 'Reopen the period in the ERP (or book an adjustment in an open one), then retry.',
  },
  [ReasonCode.RATE_MISSING]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action:
      'Add the rate effective on that date (cost rate in the HCM, bill rate on the PSA rate card), then retry.',
  },
  [ReasonCode.PROJECT_NOT_ACTIVE]: {
    status: 422,
    kind: 'refusal',
    ...integration,
    action: 'Set the project to In Progress in the ERP, then retry.',
  },
  [ReasonCode.WORKER_UNMAPPED]: {
    status: 422,
    kind: 'refusal',
    ...integration,
    action:
      'Add or link the worker in the system that lacks them (HCM, PSA user, ERP employee), then retry.',
  },
  [ReasonCode.WORKER_INACTIVE]: {
    status: 422,
    kind: 'refusal',
    ...delivery,
    action:
      'Restaff the assignment in the PSA with an active worker; the case resolves once the project is restaffed.',
  },
  [ReasonCode.OVER_CAP]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action:
      'Agree a change order that raises the contract’s not-to-exceed amount in the CRM (the next run bills what waits), or write the work off.',
  },
  [ReasonCode.CURRENCY_MISMATCH]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action: "Record the amount in the project's currency (or correct the project's), then retry.",
  },
  [ReasonCode.VENDOR_REJECTED]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action: 'Correct the record the system names, then retry.',
  },
  [ReasonCode.DEAL_INCOMPLETE]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action: 'Complete the deal in the CRM, then retry.',
  },
  [ReasonCode.DEAL_NOT_WON]: {
    status: 409,
    kind: 'refusal',
    ...finance,
    action: 'Set the deal back to closed won in the CRM, or dismiss the case.',
  },
  [ReasonCode.CUSTOMER_INACTIVE]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    action: 'Reactivate the customer in the ERP (or link another), then retry.',
  },
  [ReasonCode.RECONCILIATION_MISMATCH]: {
    status: 409,
    kind: 'refusal',
    ...finance,
    action:
      'Find which system is wrong about the entries named (the PSA, the ERP, the ledger or billing) and correct it there; the case resolves when a reconciliation finds them agreeing.',
  },
  [ReasonCode.MARGIN_AT_RISK]: {
    status: 422,
    kind: 'refusal',
    ...delivery,
    action:
      'Review the project’s staffing and rates in the PSA (cheaper staffing, a change order, a rate review) with the engagement manager; the case resolves when the projected margin is back at or above the threshold.',
  },
  [ReasonCode.UNKNOWN_ROLE]: {
    status: 422,
    kind: 'refusal',
    ...integration,
    filedAs: ReasonCode.WORKER_UNMAPPED,
    action: "Add the role in the PSA (or correct the assignment's role), then retry.",
  },
  [ReasonCode.UNKNOWN_RATE_CARD]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    filedAs: ReasonCode.RATE_MISSING,
    action: 'Add the rate card in the PSA (or correct the deal’s), then retry.',
  },
  [ReasonCode.UNKNOWN_CURRENCY]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    filedAs: ReasonCode.INVALID_DIMENSION,
    action: 'Set the currency up in the ERP (or correct the deal’s), then retry.',
  },
  [ReasonCode.PROJECT_CURRENCY_UNKNOWN]: {
    status: 422,
    kind: 'refusal',
    ...finance,
    filedAs: ReasonCode.INVALID_DIMENSION,
    action: "Give the project's ERP job a currency the gateway knows, then retry.",
  },
  [ReasonCode.MILESTONE_COMPLETED]: {
    status: 409,
    kind: 'refusal',
    ...finance,
    filedAs: ReasonCode.VENDOR_REJECTED,
    action: 'Keep the completed milestone in the change (or reopen it in the PSA), then retry.',
  },
  [ReasonCode.ERP_RECORD_TAKEN]: {
    status: 409,
    kind: 'refusal',
    ...integration,
    filedAs: ReasonCode.DUPLICATE_SUSPECTED,
    action: 'Link the record that is meant (the ERP record is linked to another), then retry.',
  },
  [ReasonCode.CROSS_REFERENCE_CONFLICT]: {
    status: 409,
    kind: 'refusal',
    ...integration,
    filedAs: ReasonCode.DUPLICATE_SUSPECTED,
    action: 'Settle which record is meant and correct the link, then retry.',
  },
  [ReasonCode.PROJECT_NOT_IN_ERP]: {
    status: 422,
    kind: 'refusal',
    ...integration,
    filedAs: ReasonCode.PROJECT_NOT_ACTIVE,
    action: "Complete the project's onboarding, then retry.",
  },
  [ReasonCode.VALIDATION_FAILED]: {
    status: 400,
    kind: 'request',
    ...integration,
    action: requestFix,
  },
  [ReasonCode.BAD_REQUEST]: { status: 400, kind: 'request', ...integration, action: requestFix },
  [ReasonCode.INVALID_CURSOR]: {
    status: 400,
    kind: 'request',
    ...integration,
    action: 'Pass a nextCursor exactly as this API returned it.',
  },
  [ReasonCode.INVALID_HOURS]: { status: 400, kind: 'request', ...integration, action: requestFix },
  [ReasonCode.NOT_FOUND]: {
    status: 404,
    kind: 'request',
    ...integration,
    action: 'Check the id (the record may never have been created through the gateway).',
  },
  [ReasonCode.CUSTOMER_NOT_IN_ERP]: {
    status: 422,
    kind: 'request',
    ...integration,
    action: 'Upsert the customer (or link a match) in the ERP first.',
  },
  [ReasonCode.INVOICE_NOT_IN_ERP]: {
    status: 422,
    kind: 'request',
    ...integration,
    action: 'Name an invoice the ERP holds as the one credited (or raise it first), then retry.',
  },
  [ReasonCode.OPPORTUNITY_NOT_FOUND]: {
    status: 404,
    kind: 'request',
    ...integration,
    action: 'Check the opportunity id in the CRM.',
  },
  [ReasonCode.OPPORTUNITY_NOT_WON]: {
    status: 409,
    kind: 'request',
    ...finance,
    action: 'Onboard the deal once it is closed won.',
  },
  [ReasonCode.NOTHING_TO_RETRY]: {
    status: 409,
    kind: 'request',
    ...integration,
    action: 'Nothing to do: the onboarding is running or complete.',
  },
  [ReasonCode.NOT_AWAITING_APPROVAL]: {
    status: 409,
    kind: 'request',
    ...finance,
    action:
      'Nothing to do: the billing event was approved or rejected already, or never needed it.',
  },
  [ReasonCode.EXCEPTION_CLOSED]: {
    status: 409,
    kind: 'request',
    ...integration,
    action: 'Nothing to do: the case is resolved or dismissed.',
  },
  [ReasonCode.NOT_RETRYABLE]: {
    status: 409,
    kind: 'request',
    ...integration,
    action: 'Resolve or dismiss the case by hand.',
  },
  [ReasonCode.ALREADY_REPLAYED]: {
    status: 409,
    kind: 'request',
    ...integration,
    action: 'Nothing to do: the dead letter was replayed already (its work runs once).',
  },
  [ReasonCode.VENDOR_UNAVAILABLE]: {
    status: 503,
    kind: 'unavailable',
    ...platform,
    action: 'Retry once the system is back.',
  },
  [ReasonCode.RATE_LIMITED]: {
    status: 429,
    kind: 'unavailable',
    ...platform,
    action: 'Retry after the time the system names.',
  },
  [ReasonCode.INTEGRATION_ERROR]: {
    status: 502,
    kind: 'fault',
    ...integration,
    action: "Check the gateway's configuration for that system, then retry.",
  },
  [ReasonCode.INTERNAL_ERROR]: {
    status: 500,
    kind: 'fault',
    ...platform,
    action: "Check the gateway's logs, then retry.",
  },
  [ReasonCode.POSTING_FAILED]: {
    status: 500,
    kind: 'fault',
    ...platform,
    action: "Check the gateway's logs, then retry.",
  },
};
