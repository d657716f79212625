import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import {
  CalendarDate,
  addDays,
  formatRatio,
  isWithin,
  isoWeekOf,
  workdaysBetween,
} from '@p2c/canonical';
import { ApiClient, InjectApiClient, SystemHcmApi, unwrap } from '@p2c/clients';
import { sqlRows } from '@p2c/flow';
import { formatHours, unitsPerWeekday } from '../forecasts/compute/hour-units';
import { LegalEntities } from '../common/legal-entities';
import {
  ProcessForecastErrorCode,
  ProcessForecastException,
} from '../common/process-forecast.exception';
import type { UtilisationQueryDto } from './dto/utilisation.query.dto';
import type { UtilisationDto } from './dto/utilisation.dto';
import type { WorkerUtilisationDto } from './dto/worker-utilisation.dto';

/** The longest range one answer covers. */
const MAX_RANGE_DAYS = 366;
/** The HCM answers at most this many workers a page. */
const WORKERS_PAGE = 100;

const PLANNED = `
  SELECT worker, project, start_date::text AS "startDate", end_date::text AS "endDate",
         hours_per_week::text AS "hoursPerWeek"
    FROM forecast_assignments
   WHERE worker IS NOT NULL AND start_date <= $2::date AND end_date >= $1::date
   ORDER BY worker, project, start_date`;

interface PlannedRow {
  worker: string;
  project: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
}

/**
 * Utilisation per active HCM worker per ISO week of a range: the hours the newest forecasts
 * plan for them on every project (`hoursPerWeek / 5` a weekday) over their capacity
 * (FORECAST_WEEKLY_CAPACITY_HOURS a week, a fifth of it per weekday: the HCM holds no standard
 * hours). Refuses (400 VALIDATION_FAILED) a range backwards or longer than a year, and a legal
 * entity the ERP does not know.
 */
@Injectable()
export class ReadUtilisationUseCase {
  private readonly weeklyCapacity: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    @InjectApiClient('system-hcm') private readonly hcm: ApiClient<'system-hcm'>,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.weeklyCapacity = config.getOrThrow<number>('FORECAST_WEEKLY_CAPACITY_HOURS');
  }

  async execute(query: UtilisationQueryDto): Promise<UtilisationDto> {
    const { from, to } = query;
    if (from > to)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.VALIDATION_FAILED,
        `The range runs backwards: from ${from} is after to ${to}.`,
        { field: 'from' },
      );
    if (addDays(from, MAX_RANGE_DAYS - 1) < to)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.VALIDATION_FAILED,
        `The range is longer than ${MAX_RANGE_DAYS} days; ask for it in parts.`,
        { field: 'to' },
      );
    if (query.legalEntity) await this.legalEntities.known(query.legalEntity);
    const workers = (await this.workers()).filter(
      (worker) =>
        worker.active !== false &&
        (!query.legalEntity || worker.legalEntity === query.legalEntity) &&
        (!query.costCenter || worker.costCenter === query.costCenter),
    );
    const rows = await sqlRows<PlannedRow>(this.dataSource.manager, PLANNED, [from, to]);
    const byWorker = new Map<string, PlannedRow[]>();
    for (const row of rows) byWorker.set(row.worker, [...(byWorker.get(row.worker) ?? []), row]);
    const days = workdaysBetween(from, to);
    return {
      from,
      to,
      weeklyCapacityHours: formatHours(unitsPerWeekday(this.weeklyCapacity) * 5n),
      items: workers
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((worker) => this.utilisation(worker, byWorker.get(worker.id) ?? [], days)),
    };
  }

  private utilisation(
    worker: SystemHcmApi.SchemaWorkerDto,
    planned: PlannedRow[],
    days: CalendarDate[],
  ): WorkerUtilisationDto {
    const capacityPerDay = unitsPerWeekday(this.weeklyCapacity);
    const weeks = new Map<string, { from: CalendarDate; planned: bigint; capacity: bigint }>();
    const projects = new Set<string>();
    for (const day of days) {
      const key = isoWeekOf(day);
      const week = weeks.get(key) ?? { from: day, planned: 0n, capacity: 0n };
      week.capacity += capacityPerDay;
      for (const row of planned)
        if (isWithin(day, row.startDate, row.endDate)) {
          week.planned += unitsPerWeekday(row.hoursPerWeek);
          projects.add(row.project);
        }
      weeks.set(key, week);
    }
    const total = [...weeks.values()].reduce(
      (all, week) => ({
        planned: all.planned + week.planned,
        capacity: all.capacity + week.capacity,
      }),
      { planned: 0n, capacity: 0n },
    );
    return {
      worker: worker.id,
      name: worker.name ?? worker.id,
      role: worker.role ?? '',
      legalEntity: worker.legalEntity ?? '',
      costCenter: worker.costCenter ?? null,
      projects: [...projects].sort(),
      plannedHours: formatHours(total.planned),
      capacityHours: formatHours(total.capacity),
      utilisationPct: percent(total.planned, total.capacity),
      weeks: [...weeks.entries()].map(([week, figures]) => ({
        week,
        from: figures.from,
        plannedHours: formatHours(figures.planned),
        capacityHours: formatHours(figures.capacity),
        utilisationPct: percent(figures.planned, figures.capacity),
      })),
    };
  }

  private async workers(): Promise<SystemHcmApi.SchemaWorkerDto[]> {
    const workers: SystemHcmApi.SchemaWorkerDto[] = [];
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        this.hcm.GET('/workers', { params: { query: { limit: WORKERS_PAGE, cursor } } }),
      );
      workers.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return workers;
  }
}

function percent(planned: bigint, capacity: bigint): string {
  return capacity === 0n ? '0.00' : formatRatio(planned * 100n, capacity, 2);
}
