import type { CalendarDate, MoneyJson } from '@p2c/canonical';
import type { ForecastPlanLine } from '@p2c/persistence';
import type { EffectiveRate } from './effective-rates';

export type BillingModel = 'TIME_AND_MATERIALS' | 'FIXED_FEE' | 'MILESTONE' | 'RETAINER';

/** Posted time of the project, as process-time holds it. */
export interface PostedTime {
  workDate: CalendarDate;
  minutes: number;
  billable: boolean;
  cost?: MoneyJson;
  billableValue?: MoneyJson;
}

/** Everything one recomputation of a project's forecast is priced from, read once. */
export interface ForecastInputs {
  /** the world's date: posted time up to it, the plan on the weekdays after it */
  asOf: CalendarDate;
  currency: string;
  billingModel: BillingModel;
  rateCard: string | null;
  /** the rate card's lines, by role */
  billRates: ReadonlyMap<string, readonly EffectiveRate[]>;
  /** each named worker's HCM cost rates; a worker the HCM does not know is absent */
  costRates: ReadonlyMap<string, readonly EffectiveRate[]>;
  plan: readonly ForecastPlanLine[];
  /** the fee, retainer or milestone schedule (amount due on a date); empty for T&M */
  schedule: readonly { amount: MoneyJson; dueDate: CalendarDate }[];
  postings: readonly PostedTime[];
  contracted: MoneyJson | null;
  budgetHours: number | null;
}
