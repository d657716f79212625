import type { ProblemException } from '@p2c/platform';
import { VendorHttpError, vendorProblem } from '@p2c/vendor-http';
import { readErpErrorCode, readErpMessage } from './erp-message';
import { SystemErpErrorCode, SystemErpException } from './system-erp.exception';

/** The ERP's business refusals that the reason catalogue names, by the ERP's error code. */
const CATALOGUED_REFUSALS: Readonly<Record<string, SystemErpErrorCode>> = {
  PERIOD_CLOSED: SystemErpErrorCode.PERIOD_CLOSED,
  JOB_NOT_ACTIVE: SystemErpErrorCode.PROJECT_NOT_ACTIVE,
};

/** The reason a refusal with this ERP error code is answered with (VENDOR_REJECTED if uncatalogued). */
export function erpRefusalReason(vendorCode: string): SystemErpErrorCode | 'VENDOR_REJECTED' {
  return CATALOGUED_REFUSALS[vendorCode] ?? 'VENDOR_REJECTED';
}

/**
 * The problem a failed ERP call answers with. A rejection names the ERP's error code
 * (`vendorCode`: PERIOD_CLOSED, JOB_NOT_ACTIVE, INACTIVE_REFERENCE, …); one the catalogue has a
 * reason for is answered with that reason (a closed period as PERIOD_CLOSED, a job not in progress
 * as PROJECT_NOT_ACTIVE), so the process tier acts on the code alone.
 */
export function erpProblem(error: VendorHttpError): ProblemException {
  const problem = vendorProblem(error, readErpMessage, readErpErrorCode);
  const vendorCode = problem.extensions.vendorCode;
  const reason =
    problem.code === 'VENDOR_REJECTED' && typeof vendorCode === 'string'
      ? erpRefusalReason(vendorCode)
      : undefined;
  return reason && reason !== 'VENDOR_REJECTED'
    ? new SystemErpException(reason, problem.message, problem.extensions)
    : problem;
}
