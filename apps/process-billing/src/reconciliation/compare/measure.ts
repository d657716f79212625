import type { Money } from '@p2c/canonical';

/** What one side holds of one entry, as far as it knows: minutes (time) and an amount. */
export interface Measure {
  minutes?: number;
  amount?: Money;
}
