import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Money, formatMinor } from '@p2c/canonical';
import { readOpenExceptions, sqlRows } from '@p2c/flow';
import { TIME_FLOW } from '../exceptions/time-exceptions';
import { BACKLOG_AGES, BacklogBucketDto } from './dto/backlog-bucket.dto';
import type { TimeKpisDto } from './dto/time-kpis.dto';
import { setKpiSource } from './kpi-gauges';

interface BacklogRow {
  age: string;
  entries: number;
  minutes: string;
  unpriced: number;
  currency: string | null;
  cost: string | null;
  billable: string | null;
}

// Approved (latest version) and not deleted, yet not in the ERP: pending or blocked.
const BACKLOG = `
  SELECT CASE WHEN age < interval '1 hour' THEN 'under-1h'
              WHEN age < interval '24 hours' THEN '1h-24h'
              WHEN age < interval '72 hours' THEN '1d-3d'
              ELSE 'over-3d' END AS age,
         count(*)::int AS entries,
         coalesce(sum(CASE WHEN kind = 'TIME'
                           THEN coalesce(minutes, (latest->>'minutes')::int) END), 0) AS minutes,
         (count(*) FILTER (WHERE cost_minor IS NULL))::int AS unpriced,
         currency,
         sum(cost_minor) AS cost,
         sum(coalesce(billable_minor, 0)) AS billable
    FROM (SELECT *, now() - coalesce(seen_at, created_at) AS age FROM time_postings
           WHERE status IN ('pending', 'blocked') AND NOT deleted
             AND latest->>'status' = 'APPROVED') backlog
   GROUP BY 1, currency`;

const SUCCESS = `
  SELECT (count(*) FILTER (WHERE status IN ('posted', 'reversed', 'withdrawn')))::int AS settled,
         (count(*) FILTER (WHERE status = 'blocked'))::int AS blocked
    FROM time_postings`;

const LAG = `
  SELECT count(*)::int AS posted,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY lag) AS p50,
         percentile_cont(0.95) WITHIN GROUP (ORDER BY lag) AS p95,
         max(lag) AS max
    FROM (SELECT extract(epoch FROM posted_at - seen_at)::float8 AS lag FROM time_postings
           WHERE posted_at > now() - interval '24 hours' AND seen_at IS NOT NULL) lags`;

/**
 * The KPIs of the flow, computed from Postgres (so every replica answers the same): the
 * approved-but-unposted backlog by age with hours and amounts, the posting success rate, the
 * posting lag and the open exceptions by reason and age. Also feeds the Prometheus gauges.
 */
@Injectable()
export class TimeKpis implements OnModuleInit, OnModuleDestroy {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    setKpiSource(this, () => this.snapshot());
  }

  onModuleDestroy(): void {
    setKpiSource(this, undefined);
  }

  async snapshot(): Promise<TimeKpisDto> {
    const manager = this.dataSource.manager;
    const [backlog, [success], [lag], exceptions] = await Promise.all([
      sqlRows<BacklogRow>(manager, BACKLOG),
      sqlRows<{ settled: number; blocked: number }>(manager, SUCCESS),
      sqlRows<{ posted: number; p50: number | null; p95: number | null; max: number | null }>(
        manager,
        LAG,
      ),
      readOpenExceptions(manager, TIME_FLOW),
    ]);
    const attempted = success.settled + success.blocked;
    return {
      unposted: backlogBuckets(backlog),
      success: {
        ...success,
        rate: attempted === 0 ? '1' : (success.settled / attempted).toFixed(4),
      },
      lag: {
        postedLast24h: lag.posted,
        p50Seconds: lag.p50 ?? undefined,
        p95Seconds: lag.p95 ?? undefined,
        maxSeconds: lag.max ?? undefined,
      },
      exceptionsByReason: exceptions,
    };
  }
}

function backlogBuckets(rows: BacklogRow[]): BacklogBucketDto[] {
  return BACKLOG_AGES.map((age) => {
    const inBucket = rows.filter((row) => row.age === age);
    const minutes = inBucket.reduce((sum, row) => sum + BigInt(row.minutes), 0n);
    return {
      age,
      entries: inBucket.reduce((sum, row) => sum + row.entries, 0),
      // minutes ÷ 60 as an exact decimal: hundredths of an hour, rounded half up
      hours: formatMinor((minutes * 100n + 30n) / 60n, 2),
      amounts: inBucket
        .filter((row) => row.currency !== null && row.cost !== null)
        .map((row) => ({
          cost: Money.fromMinor(BigInt(row.cost!), row.currency!.trim()).toJSON(),
          billableValue: Money.fromMinor(BigInt(row.billable ?? 0), row.currency!.trim()).toJSON(),
        })),
      unpriced: inBucket.reduce((sum, row) => sum + row.unpriced, 0),
    };
  });
}
