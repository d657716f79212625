import { ProblemException } from '@p2c/platform';
import { VendorHttpError, vendorProblem } from '@p2c/vendor-http';
import { crmErrorCode, readCrmMessage } from './read-crm-message';

/** The problem a failed CRM call answers with; rejections carry the CRM's errorCode as `vendorCode`. */
export function crmProblem(error: VendorHttpError): ProblemException {
  return vendorProblem(error, readCrmMessage, crmErrorCode);
}
