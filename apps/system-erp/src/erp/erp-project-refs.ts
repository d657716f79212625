import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import { ErpClient } from './erp-client';
import { ErpDirectory } from './erp-directory';
import { ErpRecord, refOf, textOf } from './erp-record';
import { orLastGood } from './refreshing-list';

/** What postings and invoices need to know of a project's ERP job. */
export interface ErpProjectRef {
  /** canonical project id; absent for a job keyed into the ERP by hand */
  id?: string;
  erpId: string;
  currency?: string;
  legalEntity?: string;
  customerErpId?: string;
}

const MAX_PROJECTS = 10_000;

/**
 * Projects' jobs by canonical id and by ERP id, reused for ERP_REFERENCE_CACHE_TTL_MS: every
 * posting needs its project's job id and currency, and 10,000 postings must not mean 10,000
 * reads of the same job. A read that fails once the time is up keeps the last good job (a
 * project's job id, currency and subsidiary do not change under a posting), so a flaky ERP
 * fails only the postings of a project never read before. Nothing here decides whether a job
 * takes time: the ERP does.
 */
@Injectable()
export class ErpProjectRefs {
  private readonly byCanonicalId: LRUCache<string, ErpProjectRef>;
  private readonly byErpIds: LRUCache<string, ErpProjectRef>;

  constructor(
    private readonly erp: ErpClient,
    private readonly directory: ErpDirectory,
    config: ConfigService,
  ) {
    const ttl = config.getOrThrow<number>('ERP_REFERENCE_CACHE_TTL_MS');
    this.byCanonicalId = new LRUCache({
      max: MAX_PROJECTS,
      ttl,
      fetchMethod: (id, lastGood) =>
        orLastGood(async () => this.load(await this.erp.find('job', { externalId: id })), lastGood),
    });
    this.byErpIds = new LRUCache({
      max: MAX_PROJECTS,
      ttl,
      fetchMethod: (erpId, lastGood) =>
        orLastGood(async () => this.load(await this.erp.find('job', { id: erpId })), lastGood),
    });
  }

  byId(id: string): Promise<ErpProjectRef | undefined> {
    return this.byCanonicalId.fetch(id);
  }

  byErpId(erpId: string): Promise<ErpProjectRef | undefined> {
    return this.byErpIds.fetch(erpId);
  }

  /** Drops what is known of a project whose job was just written. */
  forget(id: string, erpId: string): void {
    this.byCanonicalId.delete(id);
    this.byErpIds.delete(erpId);
  }

  async refOf(job: ErpRecord): Promise<ErpProjectRef> {
    return {
      id: textOf(job.externalId),
      erpId: String(job.id),
      currency: await this.directory.currencyOf(refOf(job.currency)?.id),
      legalEntity: await this.directory.legalEntityOf(refOf(job.subsidiary)?.id),
      customerErpId: refOf(job.parent)?.id,
    };
  }

  private async load(job: ErpRecord | undefined): Promise<ErpProjectRef | undefined> {
    return job && this.refOf(job);
  }
}
