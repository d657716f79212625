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
    return this.claimAll([postingId], holder).then(([row]) => row);
  }

  /** claim for many entries in one statement: the rows it took, the others held elsewhere. */
  claimAll(postingIds: readonly string[], holder: string): Promise<PostingRow[]> {
    return this.leases.claimMany<PostingRow>(this.dataSource.manager, postingIds, holder, {
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
    return (await this.settleAll(manager, holder, [{ row, settlement }])).get(row.id);
  }

  /** settle for many entries in one statement: the results by posting id, none for a lost lease. */
  async settleAll(
    manager: EntityManager,
    holder: string,
    settlements: readonly { row: PostingRow; settlement: Settlement }[],
  ): Promise<Map<string, SettleResult>> {
    if (settlements.length === 0) return new Map();
    const rows = await sqlRows<SettleResult & { id: string }>(
      manager,
      `WITH s AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, version integer, deleted boolean, status text, posted_version integer,
                sets_erp_id boolean, erp_id text, last_error text)),
       before AS (
         SELECT p.id, p.posted_at FROM time_postings p JOIN s ON s.id = p.id
          WHERE p.lease_token = $2
          ORDER BY p.id
            FOR UPDATE OF p)
       UPDATE time_postings AS p
          SET status = CASE WHEN p.latest_version = s.version AND p.deleted = s.deleted
                            THEN s.status ELSE 'pending' END,
              lease_token = CASE WHEN p.latest_version = s.version AND p.deleted = s.deleted
                                 THEN NULL ELSE p.lease_token END,
              lease_until = CASE WHEN p.latest_version = s.version AND p.deleted = s.deleted
                                 THEN NULL ELSE p.lease_until END,
              posted_version = coalesce(s.posted_version, p.posted_version),
              erp_id = CASE WHEN s.sets_erp_id THEN s.erp_id ELSE p.erp_id END,
              posted_at = CASE WHEN s.status = 'posted' THEN coalesce(p.posted_at, now())
                               ELSE p.posted_at END,
              last_error = s.last_error,
              updated_at = now()
         FROM before JOIN s ON s.id = before.id
        WHERE p.id = before.id
        RETURNING p.id, (p.latest_version = s.version AND p.deleted = s.deleted) AS settled,
                  (s.status = 'posted' AND before.posted_at IS NULL) AS "firstPost",
                  p.seen_at AS "seenAt"`,
      [
        JSON.stringify(
          settlements.map(({ row, settlement }) => ({
            id: row.id,
            version: row.latestVersion,
            deleted: row.deleted,
            status: settlement.status,
            posted_version: settlement.postedVersion ?? null,
            sets_erp_id: settlement.erpId !== undefined,
            erp_id: settlement.erpId ?? null,
            last_error: settlement.lastError ?? null,
          })),
        ),
        holder,
      ],
    );
    return new Map(rows.map(({ id, ...result }) => [id, result]));
  }
}
