import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { sqlRows } from '@p2c/flow';
import { queuePostingJobs } from '../posting/post-entries.job';

const BATCH = 1000;

/**
 * Queues again the postings that stopped moving: pending, untouched for TIME_STUCK_AFTER_MS and
 * held by no live lease (a job lost with Redis, a job that ran out of retries while another held
 * the entry). A posting job on an entry already in line changes nothing, so a spare one is safe.
 */
@Injectable()
export class RecoverStuckUseCase {
  private readonly stuckAfterMs: number;
  private readonly jobSize: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.stuckAfterMs = config.getOrThrow<number>('TIME_STUCK_AFTER_MS');
    this.jobSize = config.getOrThrow<number>('TIME_POSTING_JOB_SIZE');
  }

  async execute(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const stuck = await sqlRows<{ id: string }>(
        manager,
        `UPDATE time_postings SET updated_at = now()
          WHERE id IN (
            SELECT id FROM time_postings
             WHERE status = 'pending'
               AND updated_at < now() - $1 * interval '1 millisecond'
               AND (lease_until IS NULL OR lease_until < now())
             ORDER BY updated_at
             LIMIT $2
               FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [this.stuckAfterMs, BATCH],
      );
      await queuePostingJobs(
        manager,
        stuck.map(({ id }) => id),
        this.jobSize,
      );
      return stuck.length;
    });
  }
}
