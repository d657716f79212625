import { ProblemException } from '@p2c/platform';
import { VendorHttpError, VendorHttpErrorKind, vendorProblem } from '@p2c/vendor-http';
import { crmErrorCode, readCrmMessage } from './read-crm-message';

/**
 * The problem a failed CRM call answers with. The CRM refusing the gateway's own session (401
 * INVALID_SESSION_ID, 403) is no rejection of the request but an outage until an operator renews
 * CRM_TOKEN: VENDOR_UNAVAILABLE, so callers retry later (as system-erp and system-hcm answer).
 * Rejections also carry the CRM's errorCode as `vendorCode`.
 */
export function crmProblem(error: VendorHttpError): ProblemException {
  const vendorCode = crmErrorCode(error.body);
  if (error.kind === VendorHttpErrorKind.REJECTED && (error.status === 401 || error.status === 403))
    return new ProblemException(
      503,
      'VENDOR_UNAVAILABLE',
      `CRM refused the gateway's session (HTTP ${error.status}); an operator must renew CRM_TOKEN.`,
      {
        vendor: error.vendor,
        vendorStatus: error.status,
        vendorMessage: readCrmMessage(error.body),
        mayHaveTakenEffect: false,
        ...(vendorCode ? { vendorCode } : {}),
      },
      { 'retry-after': '30' },
    );
  const problem = vendorProblem(error, readCrmMessage);
  if (error.kind !== VendorHttpErrorKind.REJECTED || vendorCode === undefined) return problem;
  return new ProblemException(
    problem.getStatus(),
    problem.code,
    problem.message,
    { ...problem.extensions, vendorCode },
    problem.headers,
  );
}
