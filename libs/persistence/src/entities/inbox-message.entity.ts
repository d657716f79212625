import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PsaEventDto } from '@p2c/canonical';
import type { ExternalSystem } from './system-names';

/** `received` waits to be handled; `ignored` was understood and needs nothing done. */
export type InboxStatus = 'received' | 'processed' | 'failed' | 'ignored';

/**
 * An event a vendor pushed (e.g. a PSA approval webhook), stored before it is acknowledged. The
 * unique (source system, event id) makes a redelivered or replayed event a no-op.
 */
@Entity({ name: 'inbox_messages' })
@Unique('uq_inbox_messages_source_event', ['sourceSystem', 'eventId'])
@Index('ix_inbox_messages_pending', ['receivedAt'], { where: `"status" = 'received'` })
@Check('ck_inbox_messages_source_system', `"source_system" IN ('crm', 'psa', 'erp', 'hcm')`)
@Check('ck_inbox_messages_status', `"status" IN ('received', 'processed', 'failed', 'ignored')`)
export class InboxMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_inbox_messages' })
  id: string;

  @Column({ name: 'source_system', type: 'text' })
  sourceSystem: ExternalSystem;

  /** the sender's id of the event, the same on every redelivery */
  @Column({ name: 'event_id', type: 'text' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** the event in canonical terms (the PSA's webhooks are the vendor pushes the gateway takes) */
  @Column({ type: 'jsonb' })
  payload: PsaEventDto;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId: string | null;

  @Column({ type: 'text', default: 'received' })
  status: InboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
