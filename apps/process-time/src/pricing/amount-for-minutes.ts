import { Money, divideRounded } from '@p2c/canonical';

/**
 * An hourly rate × minutes ÷ 60, rounded half away from zero to the currency's minor unit: the
 * same rule the ERP applies to a timeBill's billable amount, so our ledger and the ERP agree to
 * the cent.
 */
export function amountForMinutes(hourlyRate: Money, minutes: number): Money {
  return Money.fromMinor(
    divideRounded(hourlyRate.minor * BigInt(minutes), 60n),
    hourlyRate.currency,
  );
}
