import { Gauge, Metric, register } from 'prom-client';
import type { TimeKpisDto } from './dto/time-kpis.dto';

type KpiSource = () => Promise<TimeKpisDto>;

let owner: object | undefined;
let source: KpiSource | undefined;
let cached: { at: number; value: Promise<TimeKpisDto> } | undefined;
const FRESH_FOR_MS = 1_000;

/**
 * Which app instance the process's KPI gauges read from (the gauges are registered once per
 * process; in tests several apps share one). `undefined` unsets it if that owner had set it.
 */
export function setKpiSource(by: object, kpis: KpiSource | undefined): void {
  if (kpis) {
    owner = by;
    source = kpis;
  } else if (owner === by) {
    owner = undefined;
    source = undefined;
  }
  cached = undefined;
}

/** One snapshot serves every gauge of a scrape. */
async function snapshot(): Promise<TimeKpisDto | undefined> {
  if (!source) return undefined;
  if (!cached || Date.now() - cached.at > FRESH_FOR_MS)
    cached = { at: Date.now(), value: source() };
  return cached.value.catch(() => undefined);
}

function once<T extends Metric>(name: string, create: (name: string) => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create(name);
}

/** Registers the backlog, success and exception gauges (read from Postgres at scrape time). */
export function registerKpiGauges(): void {
  once(
    'p2c_time_unposted_entries',
    (name) =>
      new Gauge({
        name,
        help: 'Approved time entries and expenses not yet posted, by age since the gateway learned of the approval',
        labelNames: ['age'],
        async collect() {
          const kpis = await snapshot();
          this.reset();
          for (const bucket of kpis?.unposted ?? []) this.set({ age: bucket.age }, bucket.entries);
        },
      }),
  );
  once(
    'p2c_time_unposted_hours',
    (name) =>
      new Gauge({
        name,
        help: 'Hours of approved time not yet posted, by age',
        labelNames: ['age'],
        async collect() {
          const kpis = await snapshot();
          this.reset();
          for (const bucket of kpis?.unposted ?? [])
            this.set({ age: bucket.age }, Number(bucket.hours));
        },
      }),
  );
  once(
    'p2c_time_unposted_billable_amount',
    (name) =>
      new Gauge({
        name,
        help: 'Billable value of priced approved work not yet posted, by age and currency (major units)',
        labelNames: ['age', 'currency'],
        async collect() {
          const kpis = await snapshot();
          this.reset();
          for (const bucket of kpis?.unposted ?? [])
            for (const amount of bucket.amounts)
              this.set(
                { age: bucket.age, currency: amount.billableValue.currency },
                Number(amount.billableValue.amount),
              );
        },
      }),
  );
  once(
    'p2c_time_posting_success_ratio',
    (name) =>
      new Gauge({
        name,
        help: 'Entries the ERP is in line with over those plus the ones blocked by an exception',
        async collect() {
          const kpis = await snapshot();
          if (kpis) this.set(Number(kpis.success.rate));
        },
      }),
  );
  once(
    'p2c_time_exceptions_open',
    (name) =>
      new Gauge({
        name,
        help: 'Unresolved time-posting exceptions by reason code',
        labelNames: ['reason'],
        async collect() {
          const kpis = await snapshot();
          this.reset();
          for (const row of kpis?.exceptionsByReason ?? [])
            this.set({ reason: row.reason }, row.open);
        },
      }),
  );
}
