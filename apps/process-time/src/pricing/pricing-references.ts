import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import type { SystemErpApi, SystemHcmApi, SystemPsaApi } from '@p2c/clients';

export type ErpProject = SystemErpApi.components['schemas']['ErpProjectDto'];
export type WorkerCostRate = SystemHcmApi.components['schemas']['WorkerCostRateDto'];
export type PsaBillRate = SystemPsaApi.components['schemas']['PsaBillRateDto'];

const NO_CACHE = { 'Cache-Control': 'no-cache' };
const MAX_ENTRIES = 50_000;

/**
 * What pricing asks the system APIs: the ERP project (status, legal entity, currency), the
 * period of a work date, a worker's cost rate and a role's bill rate on a date, the project's
 * rate card. Good answers are reused for TIME_PRICING_CACHE_TTL_MS (10,000 entries cost a
 * handful of calls, not 40,000), and entries priced at once that need what is not cached yet
 * wait for one read of it, not one each (a month-end job prices a hundred); a `fresh` read — a retry after someone fixed the data — skips
 * every cache down to the vendor. Answers that block a posting are never cached.
 */
@Injectable()
export class PricingReferences {
  private readonly cache: LRUCache<string, object> | undefined;
  private readonly reading = new Map<string, Promise<unknown>>();

  constructor(
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
    @InjectApiClient('system-hcm') private readonly hcm: ApiClient<'system-hcm'>,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    @Inject(ConfigService) config: ConfigService,
  ) {
    const ttl = config.getOrThrow<number>('TIME_PRICING_CACHE_TTL_MS');
    this.cache = ttl > 0 ? new LRUCache({ max: MAX_ENTRIES, ttl }) : undefined;
  }

  /** The ERP's project, or undefined when the ERP has none. */
  erpProject(project: string, fresh: boolean): Promise<ErpProject | undefined> {
    return this.cached(
      `erp-project:${project}`,
      fresh,
      (found) => found?.status === 'ACTIVE',
      () =>
        absentOn404(unwrap(this.erp.GET('/projects/{id}', { params: { path: { id: project } } }))),
    );
  }

  /** Whether the legal entity's period is closed (a month the ERP has no record of is open). */
  async periodClosed(legalEntity: string, period: string, fresh: boolean): Promise<boolean> {
    const found = await this.cached(
      `period:${legalEntity}:${period}`,
      fresh,
      (answer) => answer.status === 'OPEN',
      async () =>
        (await absentOn404(
          unwrap(
            this.erp.GET('/dimensions/accounting-periods/{legalEntity}/{period}', {
              params: { path: { legalEntity, period }, header: fresh ? NO_CACHE : undefined },
            }),
          ),
        )) ?? { status: 'OPEN' as const },
    );
    return found.status === 'CLOSED';
  }

  /** The worker's cost rate that day, or undefined when the HCM does not know the worker. */
  costRate(worker: string, date: string, fresh: boolean): Promise<WorkerCostRate | undefined> {
    return this.cached(
      `cost-rate:${worker}:${date}`,
      fresh,
      (answer) => answer?.active === true && answer.costRate !== undefined,
      () =>
        absentOn404(
          unwrap(
            this.hcm.GET('/workers/{id}/cost-rate', {
              params: {
                path: { id: worker },
                query: { date },
                header: fresh ? NO_CACHE : undefined,
              },
            }),
          ),
        ),
    );
  }

  /** The PSA project's rate card code, or undefined when it has none (or the PSA has no project). */
  async rateCardOf(project: string, fresh: boolean): Promise<string | undefined> {
    const found = await this.cached<{ rateCard?: string }>(
      `psa-project:${project}`,
      fresh,
      (answer) => answer.rateCard !== undefined,
      async () =>
        (await absentOn404(
          unwrap(this.psa.GET('/projects/{id}', { params: { path: { id: project } } })),
        )) ?? {},
    );
    return found.rateCard;
  }

  /** The rate card's rate for the role that day (the PSA reads a missing one again itself). */
  billRate(rateCard: string, role: string, date: string, fresh: boolean): Promise<PsaBillRate> {
    return this.cached(
      `bill-rate:${rateCard}:${role}:${date}`,
      fresh,
      (answer) => answer.rate !== undefined,
      () =>
        unwrap(
          this.psa.GET('/rate-cards/{code}/bill-rate', {
            params: { path: { code: rateCard }, query: { role, date } },
          }),
        ),
    );
  }

  private cached<T>(
    key: string,
    fresh: boolean,
    keep: (answer: T) => boolean,
    read: () => Promise<T>,
  ): Promise<T> {
    const cache = this.cache;
    if (!cache) return read();
    if (!fresh && cache.has(key)) return Promise.resolve(cache.get(key) as T);
    const pending = !fresh && this.reading.get(key);
    if (pending) return pending as Promise<T>;
    const reading = read()
      .then((answer) => {
        if (keep(answer)) cache.set(key, answer as object);
        else cache.delete(key);
        return answer;
      })
      .finally(() => {
        if (this.reading.get(key) === reading) this.reading.delete(key);
      });
    this.reading.set(key, reading);
    return reading;
  }
}
