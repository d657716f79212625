import { isIsoDate } from '../common/dates';
import { StateRecord } from '../world/vendor-state';
import { ErpErrorCode, erpRejection } from './erp-errors';
import { ErpRef, ErpState } from './erp-state';

/** A date field in YYYY-MM-DD form (absent only when not `required`), else USER_ERROR. */
export function checkDate(record: StateRecord, field: string, required: boolean): void {
  const value = record[field];
  if ((value === undefined || value === null) && !required) return;
  if (!isIsoDate(value))
    throw erpRejection(ErpErrorCode.USER_ERROR, `${field} must be a date (YYYY-MM-DD).`, field);
}

/**
 * The subsidiary's accounting period of `date` (none: the month counts as open); a closed one is
 * refused with PERIOD_CLOSED, as every transaction dated in it is.
 */
export function checkOpenPeriod(
  state: ErpState,
  subsidiary: ErpRef | null,
  date: string,
): StateRecord | undefined {
  if (!subsidiary) return undefined;
  const period = state.periodFor(subsidiary.id, date);
  if (period?.closed === true)
    throw erpRejection(
      ErpErrorCode.PERIOD_CLOSED,
      `The accounting period ${String(period.periodName)} is closed for ${subsidiary.refName ?? subsidiary.id}; ${date} cannot be posted.`,
      'tranDate',
    );
  return period;
}
