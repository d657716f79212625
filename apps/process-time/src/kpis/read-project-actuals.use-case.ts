import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Money, formatRatio } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import type { ProjectActualsListDto } from './dto/project-actuals-list.dto';

interface ActualsRow {
  project: string;
  currency: string;
  postings: number;
  minutes: string;
  billableMinutes: string;
  cost: string;
  billable: string;
}

// What the ERP holds now: the latest version posted, neither reversed nor withdrawn.
const ACTUALS = `
  SELECT project, currency, count(*)::int AS postings,
         coalesce(sum(minutes) FILTER (WHERE kind = 'TIME'), 0)::text AS minutes,
         coalesce(sum(minutes) FILTER (WHERE kind = 'TIME' AND billable), 0)::text
           AS "billableMinutes",
         coalesce(sum(cost_minor), 0)::text AS cost,
         coalesce(sum(billable_minor) FILTER (WHERE billable), 0)::text AS billable
    FROM time_postings
   WHERE status = 'posted' AND NOT deleted AND project IS NOT NULL AND currency IS NOT NULL
   GROUP BY project, currency
   ORDER BY project, currency`;

/** Per project, the posted hours, cost and billable amount, and the margin they make. */
@Injectable()
export class ReadProjectActualsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<ProjectActualsListDto> {
    const rows = await sqlRows<ActualsRow>(this.dataSource.manager, ACTUALS);
    return {
      items: rows.map((row) => {
        const currency = row.currency.trim();
        const cost = BigInt(row.cost);
        const billable = BigInt(row.billable);
        return {
          project: row.project,
          postings: row.postings,
          postedHours: formatRatio(BigInt(row.minutes), 60n, 2),
          billableHours: formatRatio(BigInt(row.billableMinutes), 60n, 2),
          cost: Money.fromMinor(cost, currency).toJSON(),
          billableAmount: Money.fromMinor(billable, currency).toJSON(),
          margin: billable === 0n ? undefined : formatRatio(billable - cost, billable),
        };
      }),
    };
  }
}
