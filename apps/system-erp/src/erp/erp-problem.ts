import { ProblemException } from '@p2c/platform';
import { VendorHttpError, VendorHttpErrorKind, vendorProblem } from '@p2c/vendor-http';
import { readErpErrorCode, readErpMessage } from './erp-message';

/**
 * The problem a failed ERP call answers with. A rejection also names the ERP's error code
 * (`vendorCode`: PERIOD_CLOSED, JOB_NOT_ACTIVE, INACTIVE_REFERENCE, …) so the process tier can
 * tell a closed period from an inactive project without reading the message.
 */
export function erpProblem(error: VendorHttpError): ProblemException {
  const problem = vendorProblem(error, readErpMessage);
  const vendorCode = readErpErrorCode(error.body);
  if (error.kind !== VendorHttpErrorKind.REJECTED || vendorCode === undefined) return problem;
  return new ProblemException(
    problem.getStatus(),
    problem.code,
    problem.message,
    { ...problem.extensions, vendorCode },
    problem.headers,
  );
}
