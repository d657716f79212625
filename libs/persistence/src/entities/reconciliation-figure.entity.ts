import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { minorUnitsTransformer } from '../transformers/minor-units.transformer';
import { Reconciliation } from './reconciliation.entity';

/** What is reconciled: time, expenses, milestones, fees (fixed-fee and retainer schedules). */
export type ReconciledType = 'time' | 'expense' | 'milestone' | 'fee';

/**
 * Where a figure comes from: `psa` (approved), `ledger` (posted, as process-time holds it),
 * `unposted` (taken in by the ledger, its posting on its way or blocked), `erp` (posted),
 * `billed` (billing event items and events), `invoiced` (billed, in an ERP invoice that agrees),
 * `paid` (the share of those invoices paid).
 */
export type ReconciledSide = 'psa' | 'ledger' | 'unposted' | 'erp' | 'billed' | 'invoiced' | 'paid';

/** One side's count, minutes and amount of one project and type in a reconciliation. */
@Entity({ name: 'reconciliation_figures' })
@Unique('uq_reconciliation_figures_side', ['reconciliationId', 'project', 'type', 'side'])
@Check('ck_reconciliation_figures_type', `"type" IN ('time', 'expense', 'milestone', 'fee')`)
@Check(
  'ck_reconciliation_figures_side',
  `"side" IN ('psa', 'ledger', 'unposted', 'erp', 'billed', 'invoiced', 'paid')`,
)
export class ReconciliationFigure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reconciliation_figures' })
  id: string;

  @Column({ name: 'reconciliation_id', type: 'uuid' })
  reconciliationId: string;

  @BelongsTo(() => Reconciliation, 'reconciliation_id', 'fk_reconciliation_figures_reconciliation')
  reconciliation?: Reconciliation;

  @Column({ type: 'text' })
  project: string;

  @Column({ type: 'text' })
  type: ReconciledType;

  @Column({ type: 'text' })
  side: ReconciledSide;

  @Column({ type: 'integer' })
  count: number;

  /** time only */
  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  /** absent where the side holds no amount (the PSA's time) */
  @Column({
    name: 'amount_minor',
    type: 'bigint',
    nullable: true,
    transformer: minorUnitsTransformer,
  })
  amountMinor: number | null;

  @Column({ type: 'char', length: 3 })
  currency: string;
}
