import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Metric, register } from 'prom-client';
import type { TimePostingKind } from '@p2c/persistence';

export type PostingOutcome =
  'posted' | 'corrected' | 'reversed' | 'withdrawn' | 'blocked' | 'failed';

/** Registers a metric once per process (several apps may share one in tests). */
function once<T extends Metric>(name: string, create: (name: string) => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create(name);
}

/**
 * The flow's counters: postings by outcome (success rate = posted + corrected + reversed over
 * all outcomes), the size of each batch sent to the ERP and of each look-up, and the lag from the gateway learning of an approval to the ERP confirming it.
 * The backlog gauges are read from Postgres at scrape time (see TimeKpis).
 */
@Injectable()
export class TimeMetrics {
  private readonly outcomes = once(
    'p2c_time_postings_total',
    (name) =>
      new Counter({
        name,
        help: 'Entries brought in line with the ERP, by kind and outcome (posted, corrected, reversed, withdrawn, blocked by an exception, failed after retries)',
        labelNames: ['kind', 'outcome'],
      }),
  );

  private readonly lag = once(
    'p2c_time_posting_lag_seconds',
    (name) =>
      new Histogram({
        name,
        help: 'From the gateway learning of an approval (webhook, feed or sweep) to the ERP confirming the first posting',
        labelNames: ['kind'],
        buckets: [0.5, 1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 24 * 3600],
      }),
  );

  private readonly deferrals = once(
    'p2c_time_posting_deferrals_total',
    (name) =>
      new Counter({
        name,
        help: 'Times the posting queue was paused because the ERP answered 429 (the job went back without using an attempt)',
      }),
  );

  private readonly batchSizes = once(
    'p2c_time_posting_batch_size',
    (name) =>
      new Histogram({
        name,
        help: 'Postings the ERP was sent in one list-upsert call, by kind',
        labelNames: ['kind'],
        buckets: [1, 2, 5, 10, 25, 50, 100],
      }),
  );

  private readonly lookupSizes = once(
    'p2c_time_posting_lookup_size',
    (name) =>
      new Histogram({
        name,
        help: 'Postings looked up in the ERP in one call (re-claimed after a possible landing), by kind',
        labelNames: ['kind'],
        buckets: [1, 2, 5, 10, 25, 50, 100],
      }),
  );

  batchSent(kind: TimePostingKind, size: number): void {
    this.batchSizes.observe({ kind }, size);
  }

  lookupSent(kind: TimePostingKind, size: number): void {
    this.lookupSizes.observe({ kind }, size);
  }

  deferred(): void {
    this.deferrals.inc();
  }

  outcome(kind: TimePostingKind, outcome: PostingOutcome): void {
    this.outcomes.inc({ kind, outcome });
  }

  posted(kind: TimePostingKind, seenAt: Date | null): void {
    if (seenAt) this.lag.observe({ kind }, Math.max(0, (Date.now() - seenAt.getTime()) / 1000));
  }
}
