import { STATUS_CODES } from 'node:http';
import { VendorErrorReply, VendorErrors } from '../pipeline/vendor-errors';
import { VendorHttpException } from '../pipeline/vendor-http.exception';

/** The ERP's error codes (`o:errorCode`); the business rejections each have their own. */
export enum ErpErrorCode {
  INVALID_LOGIN = 'INVALID_LOGIN',
  CONCURRENCY_LIMIT_EXCEEDED = 'CONCURRENCY_LIMIT_EXCEEDED',
  REQUEST_LIMIT_EXCEEDED = 'SSS_REQUEST_LIMIT_EXCEEDED',
  UNEXPECTED_ERROR = 'UNEXPECTED_ERROR',
  INVALID_RCRD_TYPE = 'INVALID_RCRD_TYPE',
  NONEXISTENT_ID = 'NONEXISTENT_ID',
  USER_ERROR = 'USER_ERROR',
  INVALID_FIELD = 'INVALID_FIELD',
  INVALID_KEY_OR_REF = 'INVALID_KEY_OR_REF',
  INACTIVE_REFERENCE = 'INACTIVE_REFERENCE',
  PERIOD_CLOSED = 'PERIOD_CLOSED',
  JOB_NOT_ACTIVE = 'JOB_NOT_ACTIVE',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  INVALID_PAYMENT_AMOUNT = 'INVALID_PAYMENT_AMOUNT',
  DUP_RCRD = 'DUP_RCRD',
  INVALID_QUERY = 'INVALID_SEARCH',
}

/** The body of every ERP error. */
export interface ErpErrorBody {
  type: string;
  title: string;
  status: number;
  'o:errorDetails': { detail: string; 'o:errorCode': string; 'o:errorPath'?: string }[];
}

/** `{type, title, status, "o:errorDetails":[{detail, "o:errorCode", "o:errorPath"?}]}` */
export function erpError(
  status: number,
  code: ErpErrorCode,
  detail: string,
  path?: string,
): VendorErrorReply {
  const body: ErpErrorBody = {
    type: `https://www.rfc-editor.org/rfc/rfc9110.html#section-15.${status >= 500 ? 6 : 5}.${(status % 100) + 1}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    'o:errorDetails': [
      { detail, 'o:errorCode': code, ...(path === undefined ? {} : { 'o:errorPath': path }) },
    ],
  };
  return { status, body };
}

/** A 400 business rejection of a record write, naming the field it is about. */
export function erpRejection(
  code: ErpErrorCode,
  detail: string,
  path?: string,
): VendorHttpException {
  return new VendorHttpException(erpError(400, code, detail, path));
}

export const erpErrors: VendorErrors = {
  unauthorized: () =>
    erpError(
      401,
      ErpErrorCode.INVALID_LOGIN,
      'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.',
    ),
  tooManyRequests: (cause) =>
    cause === 'concurrency'
      ? erpError(
          429,
          ErpErrorCode.CONCURRENCY_LIMIT_EXCEEDED,
          'Concurrent request limit exceeded. Request blocked.',
        )
      : erpError(429, ErpErrorCode.REQUEST_LIMIT_EXCEEDED, 'Request rate limit exceeded.'),
  serverError: (status) =>
    erpError(status, ErpErrorCode.UNEXPECTED_ERROR, 'An unexpected error occurred.'),
};
