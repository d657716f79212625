import { BillingModel } from '@p2c/canonical';

/** Picklist values a CRM may use for each billing model (compared in upper case, words joined by _). */
const ALIASES: Record<string, BillingModel> = {
  TIME_AND_MATERIALS: 'TIME_AND_MATERIALS',
  TIME_MATERIALS: 'TIME_AND_MATERIALS',
  T_M: 'TIME_AND_MATERIALS',
  TM: 'TIME_AND_MATERIALS',
  FIXED_FEE: 'FIXED_FEE',
  FIXED_PRICE: 'FIXED_FEE',
  MILESTONE: 'MILESTONE',
  MILESTONES: 'MILESTONE',
  RETAINER: 'RETAINER',
};

/** The canonical billing model of a CRM picklist value ("Time & Materials" too), if any. */
export function billingModelOf(value: string): BillingModel | undefined {
  const key = value
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return ALIASES[key] ?? ALIASES[key.replace(/_AND_/g, '_')];
}
