import {
  CalendarDate,
  Money,
  addDays,
  divideRounded,
  formatRatio,
  periodOf,
  workdaysBetween,
} from '@p2c/canonical';
import type { ForecastAmounts, ForecastFigures, ForecastMonthFigures } from '@p2c/persistence';
import { UNITS_PER_HOUR, formatHours, unitsOfMinutes, unitsPerWeekday } from './hour-units';
import { EffectiveRates } from './effective-rates';
import type { ForecastInputs } from './forecast-inputs';

/** Hours, revenue and cost of a stretch in units and minor units × units (rounded once, at the end). */
class Tally {
  units = 0n;
  revenue = 0n;
  cost = 0n;

  add(units: bigint, revenue: bigint, cost: bigint): void {
    this.units += units;
    this.revenue += revenue;
    this.cost += cost;
  }
}

class MonthTally {
  readonly actual = new Tally();
  readonly planned = new Tally();
  unstaffed = 0n;
  unpriced = 0n;
}

/**
 * A project's forecast (DESIGN section 4): posted time up to the world's date (its hours, cost
 * and — on time and materials — billable value) plus the plan on each weekday after it, each
 * assignment `hoursPerWeek / 5` a day, priced at the role's bill rate and the worker's cost rate
 * effective on that day. A fee, retainer or milestone contract earns its schedule's amounts in
 * the month they fall due instead of bill rates. A role held open is demand: its hours earn the
 * role's bill rate (T&M) at no named cost. A day without a bill rate or cost rate is priced as
 * far as it can be and its hours counted unpriced. Per month, then the whole, the actuals and
 * the plan; every amount exact in minor units of the project's currency.
 */
export function priceForecast(inputs: ForecastInputs): ForecastFigures {
  const { currency, asOf } = inputs;
  const timeAndMaterials = inputs.billingModel === 'TIME_AND_MATERIALS';
  const months = new Map<string, MonthTally>();
  const month = (day: CalendarDate) => {
    const key = periodOf(day);
    if (!months.has(key)) months.set(key, new MonthTally());
    return months.get(key)!;
  };
  const minor = (amount: { amount: string; currency: string } | undefined) =>
    amount && amount.currency === currency ? Money.fromJson(amount).minor : 0n;

  for (const posting of inputs.postings) {
    if (posting.workDate > asOf) continue;
    const revenue = timeAndMaterials && posting.billable ? minor(posting.billableValue) : 0n;
    month(posting.workDate).actual.add(
      unitsOfMinutes(posting.minutes),
      revenue * UNITS_PER_HOUR,
      minor(posting.cost) * UNITS_PER_HOUR,
    );
  }

  const billRates = new Map<string, EffectiveRates>();
  const billRateOf = (role: string) => {
    if (!billRates.has(role))
      billRates.set(role, new EffectiveRates(inputs.billRates.get(role) ?? [], currency));
    return billRates.get(role)!;
  };
  const firstPlanned = addDays(asOf, 1);
  for (const line of inputs.plan) {
    const from = line.startDate > firstPlanned ? line.startDate : firstPlanned;
    if (from > line.endDate) continue;
    const daily = unitsPerWeekday(line.hoursPerWeek);
    const bill = billRateOf(line.role);
    const cost =
      line.worker === null
        ? undefined
        : new EffectiveRates(inputs.costRates.get(line.worker) ?? [], currency);
    for (const day of workdaysBetween(from, line.endDate)) {
      const tally = month(day);
      const billRate = timeAndMaterials ? bill.on(day) : 0n;
      const costRate = cost?.on(day);
      tally.planned.add(daily, (billRate ?? 0n) * daily, (costRate ?? 0n) * daily);
      if (line.worker === null) tally.unstaffed += daily;
      if (billRate === undefined || (line.worker !== null && costRate === undefined))
        tally.unpriced += daily;
    }
  }

  if (!timeAndMaterials)
    for (const due of inputs.schedule) {
      const tally = month(due.dueDate);
      (due.dueDate <= asOf ? tally.actual : tally.planned).add(
        0n,
        minor(due.amount) * UNITS_PER_HOUR,
        0n,
      );
    }

  const figures: ForecastMonthFigures[] = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, tally]) => {
      const actual = rounded(tally.actual);
      const planned = rounded(tally.planned);
      return {
        month: key,
        ...amounts(sum([actual, planned]), currency),
        actual: amounts(actual, currency),
        planned: amounts(planned, currency),
        unstaffedHours: formatHours(tally.unstaffed),
        unpricedHours: formatHours(tally.unpriced),
      };
    });
  const actual = sum([...months.values()].map((tally) => rounded(tally.actual)));
  const planned = sum([...months.values()].map((tally) => rounded(tally.planned)));
  return {
    asOf,
    currency,
    billingModel: inputs.billingModel,
    rateCard: inputs.rateCard,
    contracted: inputs.contracted,
    budgetHours: inputs.budgetHours,
    total: amounts(sum([actual, planned]), currency),
    actual: amounts(actual, currency),
    planned: amounts(planned, currency),
    unstaffedHours: formatHours(
      [...months.values()].reduce((all, tally) => all + tally.unstaffed, 0n),
    ),
    unpricedHours: formatHours(
      [...months.values()].reduce((all, tally) => all + tally.unpriced, 0n),
    ),
    months: figures,
    plan: [...inputs.plan],
  };
}

/** A stretch's hours in units, its amounts rounded to minor units. */
interface Rounded {
  units: bigint;
  revenue: bigint;
  cost: bigint;
}

function rounded(tally: Tally): Rounded {
  return {
    units: tally.units,
    revenue: divideRounded(tally.revenue, UNITS_PER_HOUR),
    cost: divideRounded(tally.cost, UNITS_PER_HOUR),
  };
}

function sum(parts: Rounded[]): Rounded {
  return parts.reduce(
    (all, part) => ({
      units: all.units + part.units,
      revenue: all.revenue + part.revenue,
      cost: all.cost + part.cost,
    }),
    { units: 0n, revenue: 0n, cost: 0n },
  );
}

function amounts(part: Rounded, currency: string): ForecastAmounts {
  const margin = part.revenue - part.cost;
  return {
    hours: formatHours(part.units),
    revenue: Money.fromMinor(part.revenue, currency).toJSON(),
    cost: Money.fromMinor(part.cost, currency).toJSON(),
    margin: Money.fromMinor(margin, currency).toJSON(),
    marginPct: part.revenue === 0n ? null : formatRatio(margin * 100n, part.revenue, 2),
  };
}
