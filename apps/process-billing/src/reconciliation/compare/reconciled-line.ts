import type { ReconciledType } from '@p2c/persistence';
import type { Difference } from './difference';
import type { FigureSheet } from './figure-sheet';

/** One project and type of a reconciliation: each side's figures and the entries that differ. */
export interface ReconciledLine {
  project: string;
  type: ReconciledType;
  figures: FigureSheet;
  differences: Difference[];
}
