import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { projectActivated } from '@p2c/canonical';
import type { ProcessBillingApi } from '@p2c/clients';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { createHttpApp } from '@p2c/platform';
import { Role } from '@p2c/security';
import { waitFor } from '@p2c/testing';
// Test-only: billing reads process-time's postings, so its tests run process-time in front of the system tier.
import { TimeTestBed, TimeTestBedOptions } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { ProcessBillingModule } from '../process-billing.module';

/**
 * process-billing's own settings in these tests: quick retries, quick relay, no scheduled syncs,
 * runs, nightly ticks or recovery sweeps.
 */
export const FAST_PROCESS_BILLING = {
  LOG_LEVEL: 'silent',
  BILLING_PAYMENT_SYNC_MS: '0',
  BILLING_RECONCILIATION_CRON: 'off',
  BILLING_RUN_CRON: 'off',
  BILLING_RECOVERY_SWEEP_MS: '0',
  OUTBOX_RELAY_INTERVAL_MS: '50',
  BILLING_RETRY_BASE_MS: '50',
  BILLING_JOB_LOCK_MS: '5000',
  API_CLIENT_TIMEOUT_MS: '20000',
};

/** A run as `GET /billing-runs/{id}` answers it. */
export type RunView = ProcessBillingApi.SchemaBillingRunDto;

/**
 * The time test bed (system tier, sandbox, Northwind onboarded, process-time) with process-time
 * listening on a port, and process-billing (api + workers) pointed at it and at system-erp, on
 * the same database and Redis prefix. Close it in afterAll.
 */
export class BillingTestBed {
  private constructor(
    readonly time: TimeTestBed,
    readonly app: NestFastifyApplication,
    /** what process-billing runs with here (for a worker process of its own) */
    readonly env: Record<string, string>,
  ) {}

  /** `billingEnv`: values for process-billing; the rest as the time test bed takes them. */
  static async start(
    options: TimeTestBedOptions & { billingEnv?: Record<string, string> } = {},
  ): Promise<BillingTestBed> {
    const { billingEnv, ...timeOptions } = options;
    const time = await TimeTestBed.start(timeOptions);
    try {
      await time.app.listen(0, '127.0.0.1');
      const { port } = time.app.getHttpServer().address() as { port: number };
      const env = {
        ...time.tier.env,
        ...FAST_PROCESS_BILLING,
        PROCESS_TIME_URL: `http://127.0.0.1:${port}`,
        ...billingEnv,
      };
      const app = await createHttpApp(ProcessBillingModule.with({ env }), 'process-billing');
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      return new BillingTestBed(time, app, env);
    } catch (error) {
      await time.close();
      throw error;
    }
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  token(roles: Role[] = [Role.Finance]): string {
    return this.time.tier.userToken({
      subject: 'finance-analyst',
      roles,
      ttlSeconds: 300,
    });
  }

  /** A request to process-billing's API as a finance user. */
  api(method: 'get' | 'post', path: string) {
    const server = request(this.app.getHttpServer());
    const pending = method === 'get' ? server.get(path) : server.post(path);
    return pending.set('authorization', `Bearer ${this.token()}`);
  }

  /** Starts a run and waits until it is done; answers it as the API shows it then. */
  async run(legalEntity: string, period: string, timeoutMs = 60_000): Promise<RunView> {
    const started = await this.api('post', '/billing-runs')
      .send({ legalEntity, period })
      .expect(202);
    return this.finished(started.body.id, timeoutMs);
  }

  async finished(id: string, timeoutMs = 60_000): Promise<RunView> {
    return waitFor(
      async () => {
        const answer = await this.api('get', `/billing-runs/${id}`).expect(200);
        const run = answer.body as RunView;
        // a run whose events wait for approval has done all it can until finance decides
        return run.status.startsWith('completed') || run.status === 'awaiting_approval'
          ? run
          : undefined;
      },
      { timeoutMs, intervalMs: 200, what: `billing run ${id}` },
    );
  }

  /**
   * Publishes `ProjectActivated` for these projects on business-events, as onboarding does once
   * a project is set up (with the partner of its customer where `partners` names one), and waits
   * until billing has taken each one in.
   */
  async activate(projects: string[], partners: Record<string, string> = {}): Promise<void> {
    const queues = this.app.get(QueueFactory);
    for (const project of projects)
      await queues.enqueue(
        QueueName.BusinessEvents,
        'ProjectActivated',
        projectActivated({
          project,
          opportunity: project.replace(/^PRJ-/, ''),
          psaId: `psa-${project}`,
          erpId: `erp-${project}`,
          partner: partners[project],
        }),
      );
    await waitFor(
      async () => {
        const rows: { project: string }[] = await this.dataSource.query(
          `SELECT project FROM billing_projects WHERE project = ANY($1)`,
          [projects],
        );
        return rows.length === projects.length;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: `activation of ${projects.join(', ')}` },
    );
  }

  /** The ERP's invoices (what the ERP holds, read from the sandbox). */
  async erpInvoices(): Promise<Record<string, unknown>[]> {
    const page = await this.time.admin<{ items: Record<string, unknown>[] }>(
      '/state/erp/invoice?limit=1000',
    );
    return page.items;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.time.close();
  }
}
