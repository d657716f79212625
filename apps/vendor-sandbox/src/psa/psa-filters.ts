import { psaValidationError } from './psa-errors';
import { isIsoDate } from '../common/dates';
import type { PsaFilter } from './psa-resource';

function invalid(field: string, message: string) {
  return psaValidationError([{ field, message }]);
}

/** `?workspace_id=1,2`: the field is one of the values. */
export function oneOfValues(field: string): PsaFilter {
  return (value) => {
    const wanted = new Set(value.split(',').map((part) => part.trim()));
    return (record) => wanted.has(String(record[field]));
  };
}

/** `?approved=true` */
export function booleanValue(field: string): PsaFilter {
  return (value) => {
    if (value !== 'true' && value !== 'false') throw invalid(field, 'must be true or false');
    const wanted = value === 'true';
    return (record) => record[field] === wanted;
  };
}

/** `?updated_after=<ISO 8601>`: strictly after. */
export function timestampAfter(field: string, parameter: string): PsaFilter {
  return (value) => {
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw invalid(parameter, 'must be an ISO 8601 datetime');
    const after = new Date(time).toISOString();
    return (record) => typeof record[field] === 'string' && (record[field] as string) > after;
  };
}

/** `?date_performed_between=2026-10-01:2026-10-31`, both days included. */
export function dateBetween(field: string, parameter: string): PsaFilter {
  return (value) => {
    const [from, to] = value.split(':');
    if (!from || !to || !isIsoDate(from) || !isIsoDate(to))
      throw invalid(parameter, 'must be two dates, YYYY-MM-DD:YYYY-MM-DD');
    return (record) => {
      const date = String(record[field]);
      return date >= from && date <= to;
    };
  };
}
