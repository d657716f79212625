import { ReasonException } from '@p2c/platform';

/** Why system-erp refuses a request on its own account, or names an ERP refusal (erpProblem). */
export enum SystemErpErrorCode {
  /** the ERP has no such record, or the gateway never linked one */
  NOT_FOUND = 'NOT_FOUND',
  /** a project whose customer has no ERP record yet */
  CUSTOMER_NOT_IN_ERP = 'CUSTOMER_NOT_IN_ERP',
  /** a posting or invoice for a project that has no ERP job */
  PROJECT_NOT_IN_ERP = 'PROJECT_NOT_IN_ERP',
  /** a credit memo crediting an invoice the ERP does not hold */
  INVOICE_NOT_IN_ERP = 'INVOICE_NOT_IN_ERP',
  /** the ERP job is not in progress (the ERP's JOB_NOT_ACTIVE) */
  PROJECT_NOT_ACTIVE = 'PROJECT_NOT_ACTIVE',
  /** the accounting period of the date is closed (the ERP's PERIOD_CLOSED) */
  PERIOD_CLOSED = 'PERIOD_CLOSED',
  /** a worker with no ERP employee */
  WORKER_UNMAPPED = 'WORKER_UNMAPPED',
  /** an amount in another currency than its project's or invoice's */
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  /** a currency the ERP has not set up */
  UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY',
  /** an ERP job whose currency the gateway does not know */
  PROJECT_CURRENCY_UNKNOWN = 'PROJECT_CURRENCY_UNKNOWN',
  /** the canonical record is already linked to another ERP record */
  CROSS_REFERENCE_CONFLICT = 'CROSS_REFERENCE_CONFLICT',
  /** the ERP record already carries another external id */
  ERP_RECORD_TAKEN = 'ERP_RECORD_TAKEN',
  /** hours that are no whole number of minutes in (0, 24] */
  INVALID_HOURS = 'INVALID_HOURS',
  /** a cursor this API did not hand out */
  INVALID_CURSOR = 'INVALID_CURSOR',
}

/** A refusal of system-erp's, at the status the reason catalogue gives its code. */
export class SystemErpException extends ReasonException {
  constructor(code: SystemErpErrorCode, detail: string, extensions: Record<string, unknown> = {}) {
    super(code, detail, extensions);
  }
}
