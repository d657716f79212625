import type { ExceptionOwnerGroup } from '@p2c/persistence';

/** Why a step cannot succeed on its own (DESIGN section 5, plus the deal-level ones). */
export enum ReasonCode {
  /** a legal entity, cost centre, currency or class the ERP cannot take */
  INVALID_DIMENSION = 'INVALID_DIMENSION',
  /** the deal's rate card does not exist in the PSA */
  RATE_MISSING = 'RATE_MISSING',
  /** a planned worker the HCM does not know, or no longer employs */
  WORKER_UNMAPPED = 'WORKER_UNMAPPED',
  /** a planned worker is inactive in or unknown to the HCM: the role is held open to restaff */
  WORKER_INACTIVE = 'WORKER_INACTIVE',
  /** several ERP customers (or PSA projects) could be the one: a person must choose */
  DUPLICATE_SUSPECTED = 'DUPLICATE_SUSPECTED',
  /** a system refused the write */
  VENDOR_REJECTED = 'VENDOR_REJECTED',
  /** a system stayed unreachable or overloaded through every retry */
  VENDOR_UNAVAILABLE = 'VENDOR_UNAVAILABLE',
  /** the CRM deal lacks something a project needs, or holds it in a form the gateway cannot read */
  DEAL_INCOMPLETE = 'DEAL_INCOMPLETE',
  /** the deal is no longer won, or no longer in the CRM */
  DEAL_NOT_WON = 'DEAL_NOT_WON',
  /** the matching ERP customer is inactive */
  CUSTOMER_INACTIVE = 'CUSTOMER_INACTIVE',
  /** a system answered in a way the gateway does not expect (configuration, version skew) */
  INTEGRATION_ERROR = 'INTEGRATION_ERROR',
  /** the step itself kept failing (a fault of the gateway's) */
  INTERNAL_ERROR = 'INTERNAL_ERROR',
}

/** A step that cannot succeed until a person acts: becomes an exception row and stops the flow. */
export class StepFailure extends Error {
  constructor(
    readonly reasonCode: ReasonCode,
    readonly ownerGroup: ExceptionOwnerGroup,
    message: string,
    /** the facts behind the reason, kept in the exception's context */
    readonly facts: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}
