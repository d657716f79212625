import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HcmWorkerSource } from '../hcm/hcm-worker-source';
import { WorkerSnapshot } from './worker-snapshot';

/**
 * The HCM's workers and cost rates, held for HCM_CACHE_TTL_MS so that pricing many time entries
 * costs the HCM one read, not one per entry. Concurrent misses share one load; a failed load is
 * not kept, so the next call tries the HCM again.
 */
@Injectable()
export class WorkerDirectory {
  private readonly ttlMs: number;
  private cached?: { snapshot: WorkerSnapshot; expiresAt: number };
  private loading?: Promise<WorkerSnapshot>;

  constructor(
    private readonly source: HcmWorkerSource,
    config: ConfigService,
  ) {
    this.ttlMs = config.getOrThrow<number>('HCM_CACHE_TTL_MS');
  }

  /** The cached workers, or a fresh read when they are older than the TTL or `fresh` is asked. */
  async snapshot(fresh = false): Promise<WorkerSnapshot> {
    if (!fresh && this.cached && Date.now() < this.cached.expiresAt) return this.cached.snapshot;
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<WorkerSnapshot> {
    const snapshot = new WorkerSnapshot(await this.source.loadWorkers());
    this.cached = { snapshot, expiresAt: Date.now() + this.ttlMs };
    return snapshot;
  }
}
