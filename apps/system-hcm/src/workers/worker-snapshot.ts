import { CostRateDto, WorkerDto, isWithin } from '@p2c/canonical';

/** Every worker as read at one moment, ordered by id. */
export class WorkerSnapshot {
  private readonly byId: ReadonlyMap<string, WorkerDto>;

  constructor(readonly workers: readonly WorkerDto[]) {
    this.byId = new Map(workers.map((worker) => [worker.id, worker]));
  }

  worker(id: string): WorkerDto | undefined {
    return this.byId.get(id);
  }

  /** Up to `limit` workers whose id sorts after `after` (all from the start without it). */
  pageAfter(after: string | undefined, limit: number): { items: WorkerDto[]; more: boolean } {
    const start = after === undefined ? 0 : this.workers.findIndex((worker) => worker.id > after);
    if (start < 0) return { items: [], more: false };
    const items = this.workers.slice(start, start + limit);
    return { items, more: start + limit < this.workers.length };
  }
}

/**
 * The rate effective on `date`. Should the HCM hold overlapping rows, the one that took effect
 * last wins, as with any effective-dated record.
 */
export function costRateOn(worker: WorkerDto, date: string): CostRateDto | undefined {
  return worker.costRates
    .filter((rate) => isWithin(date, rate.effectiveFrom, rate.effectiveTo))
    .reduce<CostRateDto | undefined>(
      (latest, rate) => (!latest || rate.effectiveFrom >= latest.effectiveFrom ? rate : latest),
      undefined,
    );
}
