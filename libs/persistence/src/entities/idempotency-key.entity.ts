import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One Idempotency-Key a caller sent to a POST endpoint: claimed while its request runs, then the
 * response to replay until it expires (24 h after completion).
 */
@Entity({ name: 'idempotency_keys' })
@Index('ix_idempotency_keys_expires_at', ['expiresAt'])
@Check(
  'ck_idempotency_keys_completed_has_status',
  `("completed_at" IS NULL) = ("response_status" IS NULL)`,
)
export class IdempotencyKey {
  /** the caller: the token's subject, or `anonymous` on public endpoints */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_idempotency_keys' })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'pk_idempotency_keys' })
  key: string;

  /** SHA-256 (hex) of the method, path and body the key was first used with */
  @Column({ type: 'char', length: 64 })
  fingerprint: string;

  /** identifies the request holding the claim, so a late finisher cannot overwrite a new claim */
  @Column({ name: 'claim_token', type: 'uuid' })
  claimToken: string;

  @Column({ name: 'response_status', type: 'smallint', nullable: true })
  responseStatus: number | null;

  /** the headers replayed with the response (Location, Content-Type, ETag…), by lower-case name */
  @Column({ name: 'response_headers', type: 'jsonb', nullable: true })
  responseHeaders: Record<string, string | string[]> | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** null while the first request is in flight */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** in flight: end of the claim's lease; completed: end of retention */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
