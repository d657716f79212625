import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ExternalSystem } from './system-names';
import { TimestampedEntity } from './timestamped.entity';

/**
 * Maps a gateway-issued canonical id to the record that stands for it in one vendor system.
 * Unique both ways per system: a canonical entity has one record in each system, and a vendor
 * record belongs to one canonical entity. Every create in a vendor looks here first.
 */
@Entity({ name: 'cross_references' })
@Unique('uq_cross_references_canonical', ['entityType', 'canonicalId', 'system'])
@Unique('uq_cross_references_external', ['system', 'entityType', 'externalId'])
@Check('ck_cross_references_system', `"system" IN ('crm', 'psa', 'erp', 'hcm')`)
export class CrossReference extends TimestampedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cross_references' })
  id: string;

  /** canonical entity kind, e.g. `customer`, `project`, `worker` */
  @Column({ name: 'entity_type', type: 'text' })
  entityType: string;

  @Column({ name: 'canonical_id', type: 'text' })
  canonicalId: string;

  @Column({ type: 'text' })
  system: ExternalSystem;

  /** the vendor's own id of the record (NetSuite internal id, Salesforce Id, …) */
  @Column({ name: 'external_id', type: 'text' })
  externalId: string;
}
