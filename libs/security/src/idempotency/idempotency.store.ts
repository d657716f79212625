import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Raw, Repository } from 'typeorm';
import { IdempotencyKey } from '@p2c/persistence';
import { IDEMPOTENCY_OPTIONS, IdempotencyOptions } from './idempotency-options';
import type { ReplayableHeaders } from './replayable-headers';

/** How long a completed response is replayed. */
export const IDEMPOTENCY_RETENTION_SECONDS = 24 * 60 * 60;

export interface StoredResponse {
  status: number;
  headers: ReplayableHeaders;
  body: unknown;
}

export type IdempotencyClaim =
  | { outcome: 'claimed'; claimToken: string }
  | { outcome: 'replay'; response: StoredResponse }
  | { outcome: 'in-flight' }
  | { outcome: 'reused' };

/** Up to this many attempts when the row we collided with vanishes before we read it. */
const CLAIM_ATTEMPTS = 3;

const now = () => 'now()';
const secondsFromNow = (seconds: number) => () => `now() + make_interval(secs => ${seconds})`;

/**
 * The `idempotency_keys` table; every statement is atomic on its own, so no transactions. Times
 * are the database's clock, so replicas with skewed clocks agree on what has expired.
 */
@Injectable()
export class IdempotencyStore {
  private readonly keys: Repository<IdempotencyKey>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(IDEMPOTENCY_OPTIONS) private readonly options: IdempotencyOptions,
  ) {
    this.keys = dataSource.getRepository(IdempotencyKey);
  }

  /**
   * Claims (scope, key) for one request with a single INSERT … ON CONFLICT: a fresh or expired key
   * is taken, a live one is reported (its replay, in flight, or used with another fingerprint).
   */
  async claim(scope: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const claimToken = randomUUID();
      const claimed: unknown[] = await this.dataSource.query(
        `INSERT INTO idempotency_keys AS k (scope, key, fingerprint, claim_token, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
         ON CONFLICT ON CONSTRAINT pk_idempotency_keys DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, claim_token = EXCLUDED.claim_token,
               response_status = NULL, response_headers = NULL, response_body = NULL,
               created_at = now(), completed_at = NULL, expires_at = EXCLUDED.expires_at
           WHERE k.expires_at <= now()
         RETURNING 1`,
        [scope, key, fingerprint, claimToken, this.options.leaseSeconds],
      );
      if (claimed.length) return { outcome: 'claimed', claimToken };
      const stored = await this.keys.findOneBy({
        scope,
        key,
        expiresAt: Raw((column) => `${column} > now()`),
      });
      if (!stored) continue;
      if (stored.fingerprint !== fingerprint) return { outcome: 'reused' };
      if (stored.responseStatus === null) return { outcome: 'in-flight' };
      return {
        outcome: 'replay',
        response: {
          status: stored.responseStatus,
          // responses stored before headers were kept have none
          headers: stored.responseHeaders ?? {},
          body: stored.responseBody,
        },
      };
    }
    return { outcome: 'in-flight' };
  }

  /**
   * Extends a claim's lease from now; false once the claim is no longer this request's. A completed
   * response keeps its longer retention.
   */
  async renew(scope: string, key: string, claimToken: string): Promise<boolean> {
    const { affected } = await this.keys
      .createQueryBuilder()
      .update()
      .set({ expiresAt: () => 'GREATEST(expires_at, now() + make_interval(secs => :lease))' })
      .setParameter('lease', this.options.leaseSeconds)
      .where({ scope, key, claimToken })
      .execute();
    return Boolean(affected);
  }

  /** Stores the response of a claimed request, to be replayed for the retention period. */
  async complete(
    scope: string,
    key: string,
    claimToken: string,
    response: StoredResponse,
  ): Promise<void> {
    await this.keys
      .createQueryBuilder()
      .update()
      .set({
        responseStatus: response.status,
        responseHeaders: response.headers,
        // no body (undefined or null) leaves the column NULL
        responseBody: response.body ?? undefined,
        completedAt: now,
        expiresAt: secondsFromNow(IDEMPOTENCY_RETENTION_SECONDS),
      })
      .where({ scope, key, claimToken })
      .execute();
  }

  /** Gives a key back after its request failed, so a retry runs the request again. */
  async release(scope: string, key: string, claimToken: string): Promise<void> {
    await this.keys.delete({ scope, key, claimToken, completedAt: IsNull() });
  }

  /** Deletes expired keys in batches; returns how many went. */
  async pruneExpired(batchSize = 1000): Promise<number> {
    let pruned = 0;
    for (;;) {
      const [{ count }]: { count: number }[] = await this.dataSource.query(
        `WITH pruned AS (
           DELETE FROM idempotency_keys WHERE ctid IN (
             SELECT ctid FROM idempotency_keys WHERE expires_at <= now() LIMIT $1)
           RETURNING 1)
         SELECT count(*)::int AS count FROM pruned`,
        [batchSize],
      );
      pruned += count;
      if (count < batchSize) return pruned;
    }
  }
}
