import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Counter, Gauge, Histogram, Metric, register } from 'prom-client';
import { ReadKpisUseCase } from './read-kpis.use-case';

/** Registers a metric once per process (several apps share the default registry in tests). */
function once<T extends Metric>(name: string, create: (name: string) => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create(name);
}

/** The app instances whose database the gauges read, latest last. */
const readers: ReadKpisUseCase[] = [];

async function latestKpis() {
  const reader = readers.at(-1);
  return reader ? reader.execute() : undefined;
}

/**
 * The onboarding KPIs as Prometheus metrics: setup cycle time and step failures by reason as this
 * process sees them happen; onboardings by status and open exceptions by reason read from Postgres
 * at each scrape, so every replica reports the same totals.
 */
@Injectable()
export class OnboardingMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly cycleTime = once(
    'onboarding_setup_cycle_seconds',
    (name) =>
      new Histogram({
        name,
        help: 'Time from an onboarding starting to both projects being active',
        buckets: [1, 5, 15, 30, 60, 300, 900, 3600, 14_400, 86_400, 604_800],
      }),
  );

  private readonly failures = once(
    'onboarding_step_failures_total',
    (name) =>
      new Counter({
        name,
        help: 'Onboarding steps stopped by an exception, by step and reason code',
        labelNames: ['step', 'reason'],
      }),
  );

  constructor(private readonly kpis: ReadKpisUseCase) {
    once(
      'onboarding_onboardings',
      (name) =>
        new Gauge({
          name,
          help: 'Onboardings by status',
          labelNames: ['status'],
          async collect() {
            const kpis = await latestKpis().catch(() => undefined);
            if (!kpis) return;
            for (const [status, count] of Object.entries(kpis.onboardingsByStatus))
              this.set({ status }, count);
          },
        }),
    );
    once(
      'onboarding_open_exceptions',
      (name) =>
        new Gauge({
          name,
          help: 'Unresolved onboarding exceptions by reason code',
          labelNames: ['reason'],
          async collect() {
            const kpis = await latestKpis().catch(() => undefined);
            if (!kpis) return;
            this.reset();
            for (const reason of kpis.failuresByReason)
              this.set({ reason: reason.reasonCode }, reason.open);
          },
        }),
    );
  }

  onModuleInit(): void {
    readers.push(this.kpis);
  }

  onModuleDestroy(): void {
    readers.splice(readers.indexOf(this.kpis), 1);
  }

  completed(cycleSeconds: number): void {
    this.cycleTime.observe(cycleSeconds);
  }

  stepFailed(step: string, reasonCode: string): void {
    this.failures.inc({ step, reason: reasonCode });
  }
}
