import { ProblemException } from '@p2c/platform';
import { VendorHttpError, vendorProblem } from '@p2c/vendor-http';
import { readErpErrorCode, readErpMessage } from './erp-message';

/**
 * The problem a failed ERP call answers with. A rejection names the ERP's error code
 * (`vendorCode`: PERIOD_CLOSED, JOB_NOT_ACTIVE, INACTIVE_REFERENCE, …) so the process tier can
 * tell a closed period from an inactive project without reading the message.
 */
export function erpProblem(error: VendorHttpError): ProblemException {
  return vendorProblem(error, readErpMessage, readErpErrorCode);
}
