import { CrmQuotaExhaustedError } from './crm-quota';
import { SystemCrmErrorCode, SystemCrmException } from '../common/system-crm.exception';

/** RATE_LIMITED while the gateway holds back to stay inside the CRM's daily allowance. */
export function crmQuotaProblem(error: CrmQuotaExhaustedError): SystemCrmException {
  const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
  const usage = error.usage ? ` (${error.usage.used} of ${error.usage.max} used)` : '';
  return new SystemCrmException(
    SystemCrmErrorCode.RATE_LIMITED,
    `The CRM's daily API allowance is nearly used up${usage}; calls to the CRM resume once it renews. Retry after ${seconds} s.`,
    { vendor: 'crm', ...(error.usage ? { apiUsage: error.usage } : {}) },
    { 'retry-after': String(seconds) },
  );
}
