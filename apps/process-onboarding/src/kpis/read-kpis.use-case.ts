import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ONBOARDING_FLOW } from '../flow/step-name';
import { OnboardingKpisDto } from './dto/onboarding-kpis.dto';

const CYCLE = `extract(epoch FROM completed_at - created_at)`;

/** The KPIs, computed from the onboardings, their steps and exceptions in Postgres. */
@Injectable()
export class ReadKpisUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<OnboardingKpisDto> {
    const [statuses, [cycle], reasons, changeOrders] = await Promise.all([
      this.dataSource.query<{ status: string; count: number }[]>(
        `SELECT status, count(*)::int AS count FROM onboardings GROUP BY status`,
      ),
      this.dataSource.query<Record<string, number | null>[]>(
        `SELECT count(*)::int AS completed, avg(${CYCLE})::float8 AS average,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY ${CYCLE})::float8 AS p50,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY ${CYCLE})::float8 AS p90,
                max(${CYCLE})::float8 AS max
           FROM onboardings WHERE completed_at IS NOT NULL`,
      ),
      this.dataSource.query<{ reason_code: string; total: number; open: number }[]>(
        `SELECT reason_code, count(*)::int AS total,
                (count(*) FILTER (WHERE status NOT IN ('resolved', 'dismissed')))::int AS open
           FROM exceptions WHERE flow = $1
          GROUP BY reason_code ORDER BY total DESC, reason_code`,
        [ONBOARDING_FLOW],
      ),
      this.dataSource.query<{ status: string; count: number }[]>(
        `SELECT status, count(*)::int AS count FROM onboarding_steps
          WHERE subject <> '' GROUP BY status`,
      ),
    ]);
    const countOf = (rows: { status: string; count: number }[], ...wanted: string[]) =>
      rows.filter((row) => wanted.includes(row.status)).reduce((sum, row) => sum + row.count, 0);
    const seconds = (value: number | null) =>
      value === null ? undefined : Math.round(value * 1000) / 1000;
    return {
      onboardingsByStatus: {
        PENDING: countOf(statuses, 'pending'),
        RUNNING: countOf(statuses, 'running'),
        BLOCKED: countOf(statuses, 'blocked'),
        COMPLETED: countOf(statuses, 'completed'),
      },
      setupCycleTime: {
        completed: cycle.completed ?? 0,
        averageSeconds: seconds(cycle.average),
        p50Seconds: seconds(cycle.p50),
        p90Seconds: seconds(cycle.p90),
        maxSeconds: seconds(cycle.max),
      },
      failuresByReason: reasons.map((row) => ({
        reasonCode: row.reason_code,
        total: row.total,
        open: row.open,
      })),
      changeOrders: {
        applied: countOf(changeOrders, 'succeeded'),
        inProgress: countOf(changeOrders, 'waiting', 'queued', 'running', 'retrying'),
        failed: countOf(changeOrders, 'failed'),
      },
    };
  }
}
