import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CrossReference } from './entities/cross-reference.entity';
import type { ExternalSystem } from './entities/system-names';

export interface CrossReferenceKey {
  entityType: string;
  canonicalId: string;
  system: ExternalSystem;
}

export class CrossReferenceConflictError extends Error {
  constructor(key: CrossReferenceKey, externalId: string, existing?: CrossReference) {
    const holder = existing
      ? `${existing.entityType} ${existing.canonicalId} is mapped to ${existing.system} ${existing.externalId}`
      : 'the mapping changed meanwhile';
    super(
      `${key.entityType} ${key.canonicalId} cannot map to ${key.system} ${externalId}: ${holder}`,
    );
    this.name = 'CrossReferenceConflictError';
  }
}

/** Canonical id ↔ vendor id: every create in a vendor looks here first and links here after. */
@Injectable()
export class CrossReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async externalId(key: CrossReferenceKey, manager?: EntityManager): Promise<string | undefined> {
    const found = await this.repository(manager).findOneBy(key);
    return found?.externalId;
  }

  async canonicalId(
    system: ExternalSystem,
    entityType: string,
    externalId: string,
    manager?: EntityManager,
  ): Promise<string | undefined> {
    const found = await this.repository(manager).findOneBy({ system, entityType, externalId });
    return found?.canonicalId;
  }

  /**
   * Records the mapping; linking the same pair again is a no-op, linking either side to something
   * else is a conflict (a twin in the vendor, or a canonical id reused).
   */
  async link(key: CrossReferenceKey, externalId: string, manager?: EntityManager): Promise<void> {
    const { system, entityType, canonicalId } = key;
    const conflicts = await this.linkAll(
      system,
      entityType,
      [{ canonicalId, externalId }],
      manager,
    );
    const conflict = conflicts.get(canonicalId);
    if (conflict) throw conflict;
  }

  /**
   * link for many mappings of one system and entity type in two statements: answers, by
   * canonical id, the conflict of each mapping that clashes with another (none when it holds);
   * the mappings that hold are recorded whatever the others do.
   */
  async linkAll(
    system: ExternalSystem,
    entityType: string,
    links: readonly { canonicalId: string; externalId: string }[],
    manager?: EntityManager,
  ): Promise<Map<string, CrossReferenceConflictError>> {
    const conflicts = new Map<string, CrossReferenceConflictError>();
    if (links.length === 0) return conflicts;
    const repository = this.repository(manager);
    await repository
      .createQueryBuilder()
      .insert()
      .values(links.map((link) => ({ system, entityType, ...link })))
      .orIgnore()
      .execute();
    const held = await repository
      .createQueryBuilder('ref')
      .where('ref.system = :system AND ref.entityType = :entityType', { system, entityType })
      .andWhere('(ref.canonicalId IN (:...canonical) OR ref.externalId IN (:...external))', {
        canonical: links.map((link) => link.canonicalId),
        external: links.map((link) => link.externalId),
      })
      .getMany();
    const byCanonical = new Map(held.map((ref) => [ref.canonicalId, ref]));
    const byExternal = new Map(held.map((ref) => [ref.externalId, ref]));
    for (const { canonicalId, externalId } of links) {
      const existing = byCanonical.get(canonicalId) ?? byExternal.get(externalId);
      if (existing?.externalId !== externalId || existing.canonicalId !== canonicalId)
        conflicts.set(
          canonicalId,
          new CrossReferenceConflictError(
            { system, entityType, canonicalId },
            externalId,
            existing ?? ({} as CrossReference),
          ),
        );
    }
    return conflicts;
  }

  private repository(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CrossReference);
  }
}
