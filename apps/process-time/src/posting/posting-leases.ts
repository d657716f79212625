import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import type { TimePostingStatus } from '@p2c/persistence';
import { sqlRows } from '@p2c/flow';
import { POSTING_ROW_COLUMNS, PostingRow } from './posting-row';

/** What a worker writes when it is done with the version it worked on. */
export interface Settlement {
  status: Exclude<TimePostingStatus, 'pending'>;
  postedVersion?: number;
  erpId?: string | null;
  lastError?: string | null;
}

export interface SettleResult {
  /** false: a newer version (or a deletion) arrived meanwhile; the lease is still held */
  settled: boolean;
  /** the ERP confirmed the entry for the first time */
  firstPost: boolean;
  seenAt: Date | null;
}

/**
 * The lease on an entry's posting: one worker at a time brings the ERP in line with it, so two
 * versions of one entry never race to the ERP. A lease is claimed with a conditional UPDATE, is
 * the job's own (a job re-run after its worker died takes it back at once), and lapses after
 * TIME_POSTING_LEASE_MS for anyone else. Settling and releasing happen in one statement that
 * only lets go if nothing newer arrived meanwhile.
 */
@Injectable()
export class PostingLeases {
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.leaseMs = config.getOrThrow<number>('TIME_POSTING_LEASE_MS');
  }

  async claim(postingId: string, holder: string): Promise<PostingRow | undefined> {
    const [row] = await sqlRows<PostingRow>(
      this.dataSource.manager,
      `UPDATE time_postings
          SET lease_token = $2, lease_until = now() + $3 * interval '1 millisecond'
        WHERE id = $1
          AND (lease_token IS NULL OR lease_token = $2 OR lease_until < now())
        RETURNING ${POSTING_ROW_COLUMNS}`,
      [postingId, holder, this.leaseMs],
    );
    return row;
  }

  /** Lets go without settling (a failure the job retries), noting why. */
  async release(postingId: string, holder: string, lastError: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE time_postings SET lease_token = NULL, lease_until = NULL, last_error = $3
        WHERE id = $1 AND lease_token = $2`,
      [postingId, holder, lastError.slice(0, 2000)],
    );
  }

  /**
   * Records the outcome for the version worked on. If that is still the latest (and no deletion
   * came), the lease is released and the status set; otherwise the status stays `pending`, the
   * lease stays held and the caller goes round again. Undefined: the lease was lost.
   */
  async settle(
    manager: EntityManager,
    row: PostingRow,
    holder: string,
    settlement: Settlement,
  ): Promise<SettleResult | undefined> {
    const [result] = await sqlRows<SettleResult>(
      manager,
      `WITH before AS (
         SELECT id, posted_at FROM time_postings WHERE id = $1 AND lease_token = $2 FOR UPDATE)
       UPDATE time_postings AS p
          SET status = CASE WHEN p.latest_version = $3 AND p.deleted = $4 THEN $5 ELSE 'pending' END,
              lease_token = CASE WHEN p.latest_version = $3 AND p.deleted = $4
                                 THEN NULL ELSE p.lease_token END,
              lease_until = CASE WHEN p.latest_version = $3 AND p.deleted = $4
                                 THEN NULL ELSE p.lease_until END,
              posted_version = coalesce($6, p.posted_version),
              erp_id = CASE WHEN $7::boolean THEN $8 ELSE p.erp_id END,
              posted_at = CASE WHEN $5 = 'posted' THEN coalesce(p.posted_at, now())
                               ELSE p.posted_at END,
              last_error = $9,
              updated_at = now()
         FROM before
        WHERE p.id = before.id
        RETURNING (p.latest_version = $3 AND p.deleted = $4) AS settled,
                  ($5 = 'posted' AND before.posted_at IS NULL) AS "firstPost",
                  p.seen_at AS "seenAt"`,
      [
        row.id,
        holder,
        row.latestVersion,
        row.deleted,
        settlement.status,
        settlement.postedVersion ?? null,
        settlement.erpId !== undefined,
        settlement.erpId ?? null,
        settlement.lastError ?? null,
      ],
    );
    return result;
  }
}
