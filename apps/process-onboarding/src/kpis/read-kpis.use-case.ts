import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readOpenExceptions, sqlRows } from '@p2c/flow';
import { ONBOARDING_FLOW } from '../flow/step-name';
import { OnboardingKpisDto } from './dto/onboarding-kpis.dto';

const CYCLE = `extract(epoch FROM completed_at - created_at)`;

// a blocked onboarding with its newest unresolved case (a change order's case names its own subject)
const BLOCKED = `
  SELECT o.id, o.project_id AS project, o.opportunity_crm_id AS "opportunityCrmId",
         o.opportunity_name AS name, x.reason_code AS "reasonCode", x.message, x.step,
         coalesce(x.created_at, o.updated_at) AS since
    FROM onboardings o
    LEFT JOIN LATERAL (
      SELECT reason_code, message, step, created_at FROM exceptions
       WHERE flow = $1 AND status NOT IN ('resolved', 'dismissed')
         AND subject_type = 'opportunity' AND subject_id = o.opportunity_id
       ORDER BY created_at DESC LIMIT 1) x ON true
   WHERE o.status = 'blocked'
   ORDER BY since, o.id`;

interface BlockedRow {
  id: string;
  project: string;
  opportunityCrmId: string | null;
  name: string | null;
  reasonCode: string | null;
  message: string | null;
  step: string | null;
  since: Date;
}

/** The KPIs, computed from the onboardings, their steps and exceptions in Postgres. */
@Injectable()
export class ReadKpisUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<OnboardingKpisDto> {
    const manager = this.dataSource.manager;
    const [statuses, [cycle], reasons, changeOrders, blocked, open] = await Promise.all([
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
      sqlRows<BlockedRow>(manager, BLOCKED, [ONBOARDING_FLOW]),
      readOpenExceptions(manager, ONBOARDING_FLOW),
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
      blocked: blocked.map((row) => ({
        id: row.id,
        project: row.project,
        opportunityCrmId: row.opportunityCrmId ?? undefined,
        name: row.name ?? undefined,
        reasonCode: row.reasonCode ?? undefined,
        message: row.message ?? undefined,
        step: row.step ?? undefined,
        since: new Date(row.since).toISOString(),
      })),
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
      openExceptions: open,
      changeOrders: {
        applied: countOf(changeOrders, 'succeeded'),
        inProgress: countOf(changeOrders, 'waiting', 'queued', 'running', 'retrying'),
        failed: countOf(changeOrders, 'failed'),
      },
    };
  }
}
