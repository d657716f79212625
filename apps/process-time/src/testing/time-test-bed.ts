import { ConfigService } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { PsaEventDto } from '@p2c/canonical';
import { ApiClient, createApiClient, serviceTokenProvider, unwrap } from '@p2c/clients';
import { createHttpApp } from '@p2c/platform';
import { Role, readSecurityConfig } from '@p2c/security';
import { SystemTier, SystemTierOptions } from '@p2c/testbed';
import { waitFor } from '@p2c/testing';
import { CallOptions, call } from '@p2c/vendor-sandbox/testing/vendor-http';
import { ProcessTimeModule } from '../process-time.module';
import { onboardNorthwind } from './northwind-projects';

/** What the system tier runs with in these tests: no client-side rate limits, quick retries. */
export const FAST_SYSTEM_TIER = {
  ERP_RATE_PER_SECOND: '0',
  PSA_RATE_PER_SECOND: '0',
  HCM_RATE_PER_SECOND: '0',
  VENDOR_BREAKER_THRESHOLD: '50',
};

/** process-time's own settings in these tests: quick ticks, quick recovery of dead jobs. */
export const FAST_PROCESS_TIME = {
  LOG_LEVEL: 'silent',
  TIME_FEED_POLL_MS: '3600000',
  TIME_SWEEP_INTERVAL_MS: '3600000',
  TIME_RECOVERY_INTERVAL_MS: '3600000',
  TIME_JOB_LOCK_MS: '5000',
  OUTBOX_RELAY_INTERVAL_MS: '50',
  API_CLIENT_TIMEOUT_MS: '20000',
};

export interface TimeTestBedOptions {
  /** the sandbox's world (default: quiet Northwind) */
  scenario?: SystemTierOptions['scenario'];
  /** values for the system apps */
  tierEnv?: Record<string, string>;
  /** values for process-time */
  env?: Record<string, string>;
  /** user tokens from this identity provider (RS256 from its JWKS), verified so by every app */
  identityProvider?: SystemTierOptions['identityProvider'];
}

/**
 * The system tier in front of the sandbox, Northwind onboarded, and process-time (api + workers)
 * on the same database and Redis prefix. Close it in afterAll.
 */
export class TimeTestBed {
  private readonly webhookTargets: string[] = [];

  private constructor(
    readonly tier: SystemTier,
    readonly app: NestFastifyApplication,
    readonly env: Record<string, string>,
  ) {}

  static async start(options: TimeTestBedOptions = {}): Promise<TimeTestBed> {
    const tier = await SystemTier.start({
      scenario: options.scenario,
      env: { ...FAST_SYSTEM_TIER, ...options.tierEnv },
      identityProvider: options.identityProvider,
    });
    try {
      const env = { ...tier.env, ...FAST_PROCESS_TIME, ...options.env };
      const app = await createHttpApp(ProcessTimeModule.with({ env }), 'process-time');
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      const bed = new TimeTestBed(tier, app, env);
      await onboardNorthwind(
        { SYSTEM_PSA_URL: tier.env.SYSTEM_PSA_URL, SYSTEM_ERP_URL: tier.env.SYSTEM_ERP_URL },
        tier.sandbox.url,
        serviceTokenProvider(readSecurityConfig(app.get(ConfigService)), {
          subject: 'process-onboarding',
          ttlSeconds: 300,
        }),
      );
      return bed;
    } catch (error) {
      await tier.close();
      throw error;
    }
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  token(roles: Role[] = [Role.Finance]): string {
    return this.tier.userToken({
      subject: 'finance-analyst',
      roles,
      ttlSeconds: 300,
    });
  }

  /** system-erp as a service sees it (what the ERP holds, in canonical terms). */
  erpClient(timeoutMs = 30_000): ApiClient<'system-erp'> {
    return createApiClient('system-erp', {
      baseUrl: this.tier.env.SYSTEM_ERP_URL,
      token: serviceTokenProvider(readSecurityConfig(this.app.get(ConfigService)), {
        subject: 'process-time-spec',
        ttlSeconds: 300,
      }),
      timeoutMs,
    });
  }

  /** A PSA event as system-psa's inbox holds it (through its API, as process-time reads it). */
  async psaInbox(eventId: string): Promise<PsaEventDto> {
    return unwrap(
      createApiClient('system-psa', {
        baseUrl: this.tier.env.SYSTEM_PSA_URL,
        token: serviceTokenProvider(readSecurityConfig(this.app.get(ConfigService)), {
          subject: 'process-time-spec',
          ttlSeconds: 300,
        }),
        timeoutMs: 30_000,
      }).GET('/inbox/{eventId}', { params: { path: { eventId } } }),
    );
  }

  /** The ledger hops of one flow for these PSA ids, by id. */
  async hops(
    flow: string,
    sourceIds: string[],
  ): Promise<{ id: string; status: string; attempts: number }[]> {
    return this.dataSource.query(
      `SELECT source_id AS id, status, attempts FROM sync_ledger
        WHERE flow = $1 AND source_id = ANY($2) ORDER BY source_id, created_at`,
      [flow, sourceIds],
    );
  }

  /** A request to process-time's API as a finance user. */
  api(method: 'get' | 'post', path: string, roles?: Role[]) {
    const server = request(this.app.getHttpServer());
    const pending = method === 'get' ? server.get(path) : server.post(path);
    return pending.set('authorization', `Bearer ${this.token(roles)}`);
  }

  /** The sandbox's admin API (throws on an error answer). */
  async admin<T = unknown>(path: string, options: CallOptions = {}): Promise<T> {
    const answer = await call<T>(this.tier.sandbox.url, `/__sandbox${path}`, 'admin', options);
    if (answer.status >= 300)
      throw new Error(
        `${options.method ?? 'GET'} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    return answer.body;
  }

  /** Subscribes system-psa's webhook receiver this many times: each approval arrives that often. */
  async registerWebhooks(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const target = await this.admin<{ id: string }>('/psa/webhooks', {
        body: { url: `${this.tier.env.SYSTEM_PSA_URL}/webhooks/psa` },
      });
      this.webhookTargets.push(target.id);
    }
  }

  async dropWebhooks(): Promise<void> {
    for (const id of this.webhookTargets.splice(0))
      await this.admin(`/psa/webhooks/${id}`, { method: 'DELETE' });
  }

  /** Waits until the PSA has delivered every webhook it owes. */
  async deliveriesDone(): Promise<void> {
    await waitFor(
      async () => {
        const list = await this.admin<{ pending: number }[] | { items: { pending: number }[] }>(
          '/psa/webhooks',
        );
        const items = Array.isArray(list) ? list : list.items;
        return items.every((target) => target.pending === 0);
      },
      { timeoutMs: 20_000, what: 'webhook deliveries' },
    );
  }

  /** Logs time in the PSA (through the sandbox, as people would) and returns the entries' ids. */
  async logTime(
    entries: {
      opportunity: string;
      worker: string;
      date: string;
      hours: number;
      billable?: boolean;
    }[],
  ): Promise<string[]> {
    const { ids } = await this.admin<{ ids: string[] }>('/psa/time-entries', {
      body: { entries: entries.map((entry) => ({ billable: true, ...entry })) },
    });
    return ids;
  }

  async approve(ids: string[]): Promise<void> {
    await this.admin('/psa/time-entries/approve', { body: { ids } });
  }

  /** Logs expenses in the PSA's API (as people would) and returns their ids. */
  async logExpenses(
    expenses: {
      opportunity: string;
      worker: string;
      date: string;
      cents: number;
      currency?: string;
      billable?: boolean;
      category?: string;
    }[],
  ): Promise<string[]> {
    // the first record at each state path, asked once per call
    const found = new Map<string, Promise<string>>();
    const idAt = (path: string) => {
      if (!found.has(path))
        found.set(
          path,
          this.admin<{ items: { id: string }[] }>(path).then((page) => page.items[0].id),
        );
      return found.get(path)!;
    };
    const ids: string[] = [];
    for (const expense of expenses) {
      const workspace = await idAt(
        `/state/psa/workspaces?external_reference=${expense.opportunity}`,
      );
      const user = await idAt(`/state/psa/users?employee_number=${expense.worker}`);
      const created = await call<{ results: { id: string }[] }>(
        this.tier.sandbox.url,
        '/psa/api/v1/expenses.json',
        'psa',
        {
          body: {
            expense: {
              workspace_id: workspace,
              user_id: user,
              date: expense.date,
              category: expense.category ?? 'Travel',
              amount_in_cents: expense.cents,
              currency: expense.currency,
              billable: expense.billable ?? true,
            },
          },
        },
      );
      if (created.status !== 200)
        throw new Error(`expense not logged: ${created.status} ${JSON.stringify(created.body)}`);
      ids.push(created.body.results[0].id);
    }
    return ids;
  }

  async approveExpenses(ids: string[]): Promise<void> {
    await this.admin('/psa/expenses/approve', { body: { ids } });
  }

  /** The ERP's records of a type (what the ERP holds, read from the sandbox). */
  async erpRecords(type: 'timeBill' | 'expenseReport'): Promise<Record<string, unknown>[]> {
    const records: Record<string, unknown>[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.admin<{ items: Record<string, unknown>[] }>(
        `/state/erp/${type}?limit=1000&offset=${offset}`,
      );
      records.push(...page.items);
      if (page.items.length < 1000) return records;
    }
  }

  /** Waits until every posting of these PSA ids has left `pending`. */
  async settled(sourceIds: string[], timeoutMs = 60_000): Promise<Map<string, string>> {
    return waitFor(
      async () => {
        const rows: { source_id: string; status: string }[] = await this.dataSource.query(
          `SELECT source_id, status FROM time_postings WHERE source_id = ANY($1)`,
          [sourceIds],
        );
        const done = rows.filter((row) => row.status !== 'pending');
        return done.length === sourceIds.length
          ? new Map(done.map((row) => [row.source_id, row.status]))
          : undefined;
      },
      { timeoutMs, intervalMs: 200, what: `${sourceIds.length} postings to settle` },
    );
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.tier.close();
  }
}
