import { Money } from '@p2c/canonical';
import type { ReconciledSide } from '@p2c/persistence';
import type { Measure } from './measure';

/** One side's count, minutes (time) and amount (where the side holds one). */
export interface Figure {
  count: number;
  minutes?: number;
  amount?: Money;
}

/**
 * The figures of one project and type, side by side, summed in the contract currency. An amount
 * in another currency is left out of the sum (the flows refuse such work before it posts).
 */
export class FigureSheet {
  private readonly figures = new Map<ReconciledSide, Figure>();

  constructor(readonly currency: string) {}

  add(side: ReconciledSide, measure: Measure, count = 1): void {
    const figure = this.figures.get(side) ?? { count: 0 };
    figure.count += count;
    if (measure.minutes !== undefined) figure.minutes = (figure.minutes ?? 0) + measure.minutes;
    if (measure.amount && measure.amount.currency === this.currency)
      figure.amount = (figure.amount ?? Money.zero(this.currency)).plus(measure.amount);
    this.figures.set(side, figure);
  }

  get sides(): ReadonlyMap<ReconciledSide, Figure> {
    return this.figures;
  }
}
