import { ProblemException } from '@p2c/platform';

/** 404 NOT_FOUND for a record this API does not know or the CRM no longer holds. */
export function notFound(what: string, id: string): ProblemException {
  return new ProblemException(404, 'NOT_FOUND', `There is no ${what} ${id}.`);
}
