import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import type { TimePostingStatus } from '@p2c/persistence';
import { RowLeases, sqlRows } from '@p2c/flow';
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
 * versions of one entry never race to the ERP. The lease (RowLeases of @p2c/flow) is the job's
 * own (a job re-run after its worker died takes it back at once) and lapses after
 * TIME_POSTING_LEASE_MS for anyone else. Settling records the outcome and lets go in one
 * statement, only if nothing newer arrived meanwhile.
 */
@Injectable()
export class PostingLeases {
  private readonly leases: RowLeases;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.leases = new RowLeases(
      { table: 'time_postings', token: 'lease_token', until: 'lease_until' },
      config.getOrThrow<number>('TIME_POSTING_LEASE_MS'),
    );
  }

  claim(postingId: string, holder: string): Promise<PostingRow | undefined> {
    return this.leases.claim<PostingRow>(this.dataSource.manager, postingId, holder, {
      returning: POSTING_ROW_COLUMNS,
    });
  }

  /** Lets go without settling (a failure the job retries), noting why. */
  async release(postingId: string, holder: string, lastError: string): Promise<void> {
    await this.leases.release(this.dataSource.manager, postingId, holder, {
      set: 'last_error = $3',
      parameters: [lastError.slice(0, 2000)],
    });
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
