import type { MoneyJson } from '@p2c/canonical';

/** Hours, revenue, cost and margin of a stretch of a project (a month, the plan, the whole). */
export interface ForecastAmounts {
  /** decimal hours, two places (e.g. `"1408.00"`) */
  hours: string;
  revenue: MoneyJson;
  cost: MoneyJson;
  margin: MoneyJson;
  /** margin over revenue, in percent with two places; null without revenue */
  marginPct: string | null;
}

/** One calendar month of a forecast: the whole of it, and what of it is still to come. */
export interface ForecastMonthFigures extends ForecastAmounts {
  /** `YYYY-MM` */
  month: string;
  actual: ForecastAmounts;
  planned: ForecastAmounts;
  /** planned hours of roles held open (revenue at the role's bill rate, no cost) */
  unstaffedHours: string;
  /** planned hours on days without a bill rate or cost rate (priced as far as they could be) */
  unpricedHours: string;
}

/** An assignment of the plan a forecast was computed from (`worker` null: a role held open). */
export interface ForecastPlanLine {
  worker: string | null;
  /** the PSA's label of a role held open */
  label: string | null;
  role: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
}

/** What changed in the plan since the version before (a project's first version adds its whole plan). */
export interface ForecastPlanChanges {
  added: ForecastPlanLine[];
  removed: ForecastPlanLine[];
  changed: { before: ForecastPlanLine; after: ForecastPlanLine }[];
}

/** A forecast's figures as a version keeps them. */
export interface ForecastFigures {
  /** the world's date the forecast was computed for: actuals up to it, the plan after it */
  asOf: string;
  currency: string;
  billingModel: string;
  rateCard: string | null;
  contracted: MoneyJson | null;
  budgetHours: number | null;
  total: ForecastAmounts;
  actual: ForecastAmounts;
  planned: ForecastAmounts;
  unstaffedHours: string;
  unpricedHours: string;
  months: ForecastMonthFigures[];
  plan: ForecastPlanLine[];
}
