import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { formatRatio, periodBounds, workdaysBetween } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import type { UtilisationDto } from './dto/utilisation.dto';

const CAPACITY_MINUTES_PER_WEEKDAY = 8n * 60n;

const WORKED = `
  SELECT worker, sum(minutes)::text AS minutes,
         coalesce(sum(minutes) FILTER (WHERE billable), 0)::text AS "billableMinutes"
    FROM time_postings
   WHERE kind = 'TIME' AND status = 'posted' AND NOT deleted AND worker IS NOT NULL
     AND work_date BETWEEN $1::date AND $2::date
   GROUP BY worker
   ORDER BY worker`;

/** Each worker's posted hours of a month over a capacity of 8 hours per weekday in it. */
@Injectable()
export class ReadUtilisationUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(period: string): Promise<UtilisationDto> {
    const { from, to } = periodBounds(period);
    const weekdays = workdaysBetween(from, to).length;
    const capacity = CAPACITY_MINUTES_PER_WEEKDAY * BigInt(weekdays);
    const rows = await sqlRows<{ worker: string; minutes: string; billableMinutes: string }>(
      this.dataSource.manager,
      WORKED,
      [from, to],
    );
    return {
      period,
      weekdays,
      capacityHours: formatRatio(capacity, 60n, 2),
      workers: rows.map((row) => ({
        worker: row.worker,
        postedHours: formatRatio(BigInt(row.minutes), 60n, 2),
        billableHours: formatRatio(BigInt(row.billableMinutes), 60n, 2),
        utilisation: formatRatio(BigInt(row.minutes), capacity),
        billableUtilisation: formatRatio(BigInt(row.billableMinutes), capacity),
      })),
    };
  }
}
