import { Money, divideRounded } from '@p2c/canonical';

/** minutes × hourly rate ÷ 60, rounded half away from zero to the currency's minor unit. */
export function billableAmount(rate: Money, minutes: number): Money {
  return Money.fromMinor(divideRounded(rate.minor * BigInt(minutes), 60n), rate.currency);
}
