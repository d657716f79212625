import { CalendarDate, Money, MoneyJson, isWithin } from '@p2c/canonical';

/** A rate and the days it applies (a rate card line, an HCM cost rate). */
export interface EffectiveRate {
  rate: MoneyJson;
  effectiveFrom: CalendarDate;
  effectiveTo?: CalendarDate;
}

/**
 * Effective-dated rates, priced locally day by day: the rate effective on a day, in the
 * project's currency; none when no line covers the day or its currency is another.
 */
export class EffectiveRates {
  private readonly rates: { from: CalendarDate; to?: CalendarDate; minor: bigint }[];

  constructor(rates: readonly EffectiveRate[], currency: string) {
    this.rates = rates
      .filter((line) => line.rate.currency === currency)
      .map((line) => ({
        from: line.effectiveFrom,
        to: line.effectiveTo,
        minor: Money.fromJson(line.rate).minor,
      }));
  }

  /** The rate in minor units effective on `day`; the latest-starting line wins an overlap. */
  on(day: CalendarDate): bigint | undefined {
    let found: { from: CalendarDate; minor: bigint } | undefined;
    for (const line of this.rates)
      if (isWithin(day, line.from, line.to) && (!found || line.from > found.from)) found = line;
    return found?.minor;
  }
}
