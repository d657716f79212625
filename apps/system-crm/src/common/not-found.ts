import { SystemCrmErrorCode, SystemCrmException } from './system-crm.exception';

/** 404 NOT_FOUND for a record this API does not know or the CRM no longer holds. */
export function notFound(what: string, id: string): SystemCrmException {
  return new SystemCrmException(SystemCrmErrorCode.NOT_FOUND, `There is no ${what} ${id}.`);
}
