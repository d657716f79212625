import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import type { ReconciledType } from './reconciliation-figure.entity';
import { Reconciliation } from './reconciliation.entity';

/** Which two sides disagree, the reference first: the second is the one missing or extra. */
export type ReconciledComparison =
  'psa-ledger' | 'ledger-erp' | 'ledger-billed' | 'billed-invoiced';

/**
 * `missing`: the second side lacks the entry; `extra`: it has it and the first does not;
 * `different`: both have it, the second by `minutes` and `amount` more (negative: less).
 */
export type ReconciledIssue = 'missing' | 'extra' | 'different';

/** One entry two sides of a reconciliation disagree on, and the exception case that names it. */
@Entity({ name: 'reconciliation_differences' })
@Index('ix_reconciliation_differences_reconciliation', ['reconciliationId'])
@Check('ck_reconciliation_differences_type', `"type" IN ('time', 'expense', 'milestone', 'fee')`)
@Check(
  'ck_reconciliation_differences_comparison',
  `"comparison" IN ('psa-ledger', 'ledger-erp', 'ledger-billed', 'billed-invoiced')`,
)
@Check('ck_reconciliation_differences_issue', `"issue" IN ('missing', 'extra', 'different')`)
export class ReconciliationDifference {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reconciliation_differences' })
  id: string;

  @Column({ name: 'reconciliation_id', type: 'uuid' })
  reconciliationId: string;

  @BelongsTo(
    () => Reconciliation,
    'reconciliation_id',
    'fk_reconciliation_differences_reconciliation',
  )
  reconciliation?: Reconciliation;

  @Column({ type: 'text' })
  project: string;

  @Column({ type: 'text' })
  type: ReconciledType;

  @Column({ type: 'text' })
  comparison: ReconciledComparison;

  @Column({ type: 'text' })
  issue: ReconciledIssue;

  /** the posting id, billing event id, or `erp:<internal id>` of a record keyed into the ERP */
  @Column({ type: 'text' })
  entry: string;

  /** the PSA's id of the time entry or expense */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  @Column({
    name: 'amount_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  amountMinor: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'text' })
  detail: string;

  @Column({ name: 'exception_id', type: 'uuid', nullable: true })
  exceptionId: string | null;
}
