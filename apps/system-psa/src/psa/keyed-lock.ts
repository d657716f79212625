import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * One at a time per key, across every instance of the app: a Postgres advisory lock held for the
 * duration of `work`. Look-then-create is safe against retries only if two of them cannot look
 * at the same moment (a caller that retries while its first call is still running).
 */
@Injectable()
export class KeyedLock {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `system-psa:${key}`,
      ]);
      return work();
    });
  }
}
