import type { Money } from '@p2c/canonical';

/** An entry or expense checked against the ERP, HCM and PSA, with its exact amounts. */
export interface PricedEntry {
  project: string;
  legalEntity: string;
  /** YYYY-MM of the work date */
  period: string;
  /** the project's currency: every amount is in it */
  currency: string;
  worker: string;
  role?: string;
  workDate: string;
  /** time only: the duration, exact */
  minutes?: number;
  billable: boolean;
  /** time only: the worker's hourly cost rate on the work date */
  costRate?: Money;
  cost: Money;
  /** billable time: the rate card's hourly rate for the role on the work date */
  billRate?: Money;
  /** billable expenses: the contract's markup, a decimal fraction such as "0.10" */
  markup?: string;
  billableValue?: Money;
}
