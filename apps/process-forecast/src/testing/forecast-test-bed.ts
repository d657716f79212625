import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type BusinessEvent, projectActivated } from '@p2c/canonical';
import type { ProcessForecastApi } from '@p2c/clients';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { createHttpApp } from '@p2c/platform';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
// Test-only: the forecast reads process-time's postings (and process-billing's revenue), so its
// tests run them in front of the system tier.
import { TimeTestBed, TimeTestBedOptions } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { BillingTestBed } from '@p2c/apps/process-billing/src/testing/billing-test-bed';
import { ProcessForecastModule } from '../process-forecast.module';

/**
 * process-forecast's own settings in these tests: the world on the scenario's date, a quick
 * relay, no nightly recompute; the PSA feed pass hourly unless a spec wants it.
 */
export const FAST_PROCESS_FORECAST = {
  LOG_LEVEL: 'silent',
  FORECAST_AS_OF: defaultScenario().asOf,
  FORECAST_RECOMPUTE_CRON: 'off',
  FORECAST_FEED_POLL_MS: '3600000',
  FORECAST_JOB_LOCK_MS: '5000',
  OUTBOX_RELAY_INTERVAL_MS: '50',
  API_CLIENT_TIMEOUT_MS: '20000',
};

export type ForecastView = ProcessForecastApi.SchemaProjectForecastDto;

/**
 * The time test bed (system tier, sandbox, Northwind onboarded, process-time) with process-time
 * listening on a port — or, with `billing`, the billing test bed (the same with process-billing)
 * with process-billing listening too — and process-forecast (api + workers) pointed at them, on
 * the same database and Redis prefix. Close it in afterAll.
 */
export class ForecastTestBed {
  private constructor(
    readonly time: TimeTestBed,
    readonly app: NestFastifyApplication,
    readonly env: Record<string, string>,
    /** process-billing, when the bed was started with it */
    readonly billing?: BillingTestBed,
  ) {}

  /** `forecastEnv`: values for process-forecast; the rest as the time test bed takes them. */
  static async start(
    options: TimeTestBedOptions & { forecastEnv?: Record<string, string>; billing?: boolean } = {},
  ): Promise<ForecastTestBed> {
    const { forecastEnv, billing: withBilling, ...timeOptions } = options;
    const billing = withBilling ? await BillingTestBed.start(timeOptions) : undefined;
    const time = billing?.time ?? (await TimeTestBed.start(timeOptions));
    try {
      const urls: Record<string, string> = {
        PROCESS_TIME_URL: await listening(time.app),
      };
      if (billing) urls.PROCESS_BILLING_URL = await listening(billing.app);
      const env = { ...time.tier.env, ...FAST_PROCESS_FORECAST, ...urls, ...forecastEnv };
      const app = await createHttpApp(ProcessForecastModule.with({ env }), 'process-forecast');
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      return new ForecastTestBed(time, app, env, billing);
    } catch (error) {
      await (billing ?? time).close();
      throw error;
    }
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  /** A request to process-forecast's API as a delivery lead (or with these roles). */
  api(method: 'get' | 'post', path: string, roles: Role[] = [Role.Delivery]) {
    const server = request(this.app.getHttpServer());
    const pending = method === 'get' ? server.get(path) : server.post(path);
    const token = this.time.tier.userToken({ subject: 'delivery-lead', roles, ttlSeconds: 300 });
    return pending.set('authorization', `Bearer ${token}`);
  }

  /**
   * Publishes `ProjectActivated` for these projects on the forecast's queue, as onboarding's
   * fan-out does once a project is set up, and waits until each has its first forecast.
   */
  async activate(projects: string[]): Promise<void> {
    const queues = this.app.get(QueueFactory);
    for (const project of projects)
      await queues.enqueue(
        QueueName.ForecastBusinessEvents,
        'ProjectActivated',
        projectActivated({
          project,
          opportunity: project.replace(/^PRJ-/, ''),
          psaId: `psa-${project}`,
          erpId: `erp-${project}`,
        }),
      );
    for (const project of projects) await this.version(project, 1);
  }

  /** Waits until the project's forecast has at least version `number`; answers the newest. */
  async version(project: string, number: number, timeoutMs = 60_000): Promise<ForecastView> {
    return waitFor(
      async () => {
        const answer = await this.api('get', `/forecasts/projects/${project}`);
        const forecast = answer.status === 200 ? (answer.body as ForecastView) : undefined;
        return forecast && forecast.version >= number ? forecast : undefined;
      },
      { timeoutMs, intervalMs: 200, what: `version ${number} of ${project}'s forecast` },
    );
  }

  /** Waits until a queue has nothing waiting, delayed or running (a change's every event taken). */
  async drained(queue: QueueName): Promise<void> {
    const jobs = this.app.get(QueueFactory).queue(queue);
    await waitFor(
      async () => {
        const counts = await jobs.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(counts).every((count) => count === 0);
      },
      { timeoutMs: 30_000, intervalMs: 100, what: `${queue} to drain` },
    );
  }

  /** Jobs of a type on a business-event queue (completed ones too), their data. */
  async businessEvents(queue: QueueName, type: BusinessEvent['type']): Promise<BusinessEvent[]> {
    const jobs = await this.app
      .get(QueueFactory)
      .queue(queue)
      .getJobs(['wait', 'active', 'delayed', 'completed', 'failed']);
    return jobs.filter((job) => job.name === type).map((job) => job.data as BusinessEvent);
  }

  async close(): Promise<void> {
    await this.app.close();
    await (this.billing ?? this.time).close();
  }
}

/** Has the app listen on a free local port (once); answers its URL. */
async function listening(app: NestFastifyApplication): Promise<string> {
  if (!app.getHttpServer().listening) await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${port}`;
}
