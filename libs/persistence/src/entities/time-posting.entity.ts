import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { PsaExpenseDto, PsaTimeEntryDto } from '@p2c/canonical';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import { TimestampedEntity } from './timestamped.entity';

/** A posting's kind and the source record it is made from, as the system API gave it. */
export type TimePostingSource =
  { kind: 'TIME'; latest: PsaTimeEntryDto } | { kind: 'EXPENSE'; latest: PsaExpenseDto };

export type TimePostingKind = TimePostingSource['kind'];

/**
 * `pending`: the latest version still has to reach the ERP (posted, corrected or reversed);
 * `posted`: the ERP holds the latest version; `reversed`: taken out after a withdrawal or
 * deletion; `withdrawn`: withdrawn before anything was posted (nothing to undo); `blocked`: an
 * exception waits for a person.
 */
export type TimePostingStatus = 'pending' | 'posted' | 'reversed' | 'withdrawn' | 'blocked';

/**
 * One approved PSA time entry or expense and its ERP posting (process-time's state). The id is
 * the posting id — the ERP record's external id, derived from the source, the same for every
 * version — so a correction changes the one ERP record. `latest` is the newest version seen
 * from any intake; `posted_version` the one the ERP reflects. A worker holds the row's lease
 * while it brings the ERP in line, so versions of one entry never race.
 */
@Entity({ name: 'time_postings' })
@Unique('uq_time_postings_source', ['sourceSystem', 'kind', 'sourceId'])
@Index('ix_time_postings_status', ['status', 'seenAt'])
@Index('ix_time_postings_project', ['project', 'workDate'])
@Index('ix_time_postings_updated', ['updatedAt', 'id'])
@Check('ck_time_postings_kind', `"kind" IN ('TIME', 'EXPENSE')`)
@Check(
  'ck_time_postings_status',
  `"status" IN ('pending', 'posted', 'reversed', 'withdrawn', 'blocked')`,
)
export class TimePosting extends TimestampedEntity {
  /** e.g. `psa-time-31000017`: the ERP external id */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_time_postings' })
  id: string;

  @Column({ type: 'text' })
  kind: TimePostingKind;

  @Column({ name: 'source_system', type: 'text' })
  sourceSystem: string;

  @Column({ name: 'source_id', type: 'text' })
  sourceId: string;

  @Column({ name: 'latest_version', type: 'integer' })
  latestVersion: number;

  /** the source record at `latest_version`, as the system API gave it (of the row's kind) */
  @Column({ type: 'jsonb' })
  latest: TimePostingSource['latest'];

  /** deleted in the source after approval: whatever was posted is reversed */
  @Column({ type: 'boolean', default: false })
  deleted: boolean;

  @Column({ type: 'text', default: 'pending' })
  status: TimePostingStatus;

  @Column({ name: 'posted_version', type: 'integer', nullable: true })
  postedVersion: number | null;

  /** what was priced and posted (for the last version priced) */
  @Column({ type: 'text', nullable: true })
  project: string | null;

  @Column({ name: 'legal_entity', type: 'text', nullable: true })
  legalEntity: string | null;

  @Column({ name: 'accounting_period', type: 'text', nullable: true })
  accountingPeriod: string | null;

  @Column({ type: 'text', nullable: true })
  worker: string | null;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ name: 'work_date', type: 'date', nullable: true })
  workDate: string | null;

  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  @Column({ type: 'boolean', nullable: true })
  billable: boolean | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({
    name: 'cost_rate_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  costRateMinor: number | null;

  @Column({
    name: 'cost_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  costMinor: number | null;

  @Column({
    name: 'bill_rate_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  billRateMinor: number | null;

  @Column({
    name: 'billable_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  billableMinor: number | null;

  /** the ERP's internal id of the record, once it confirmed the write */
  @Column({ name: 'erp_id', type: 'text', nullable: true })
  erpId: string | null;

  /** when the source approved it (the source's clock) */
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** when the gateway first learned of the approval (webhook, feed or sweep) */
  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt: Date | null;

  /** when the ERP first confirmed it */
  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true })
  postedAt: Date | null;

  @Column({ name: 'lease_token', type: 'text', nullable: true })
  leaseToken: string | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
