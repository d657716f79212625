import { ProblemException } from '@p2c/platform';
import { VendorHttpError, VendorHttpErrorKind, vendorProblem } from '@p2c/vendor-http';
import { readErpErrorCode, readErpMessage } from './erp-message';

/**
 * The problem a failed ERP call answers with. The ERP refusing the gateway's own credentials is
 * no business rejection but an outage until an operator renews the token: VENDOR_UNAVAILABLE, so
 * callers retry instead of filing it for finance. A rejection also names the ERP's error code
 * (`vendorCode`: PERIOD_CLOSED, JOB_NOT_ACTIVE, INACTIVE_REFERENCE, …) so the process tier can
 * tell a closed period from an inactive project without reading the message.
 */
export function erpProblem(error: VendorHttpError): ProblemException {
  if (error.kind === VendorHttpErrorKind.REJECTED && (error.status === 401 || error.status === 403))
    return new ProblemException(
      503,
      'VENDOR_UNAVAILABLE',
      `ERP refused the gateway's credentials (HTTP ${error.status}); an operator must renew ERP_TOKEN.`,
      { vendor: error.vendor, vendorStatus: error.status, mayHaveTakenEffect: false },
      { 'retry-after': '30' },
    );
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
