import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource, In } from 'typeorm';
import { CrossReference, CrossReferenceRepository } from '@p2c/persistence';

/** The canonical entities that have a record of their own in the PSA. */
export enum PsaEntity {
  /** a workspace */
  Project = 'project',
  /** a story of type milestone */
  Milestone = 'milestone',
  /** an invoice recorded back into the PSA */
  Invoice = 'invoice',
}

/**
 * Canonical id ↔ PSA id through the cross-reference table. A workspace's project never changes
 * once linked, so that direction is also remembered in memory (time and events ask it in bulk).
 */
@Injectable()
export class PsaLinks {
  private readonly projects = new LRUCache<string, string>({ max: 50_000 });

  constructor(
    private readonly crossReferences: CrossReferenceRepository,
    private readonly dataSource: DataSource,
  ) {}

  psaId(entity: PsaEntity, canonicalId: string): Promise<string | undefined> {
    return this.crossReferences.externalId({ entityType: entity, canonicalId, system: 'psa' });
  }

  link(entity: PsaEntity, canonicalId: string, psaId: string): Promise<void> {
    return this.crossReferences.link({ entityType: entity, canonicalId, system: 'psa' }, psaId);
  }

  /** Forgets a mapping whose PSA record was removed on purpose (a milestone dropped by a change). */
  async unlink(entity: PsaEntity, canonicalId: string): Promise<void> {
    await this.dataSource
      .getRepository(CrossReference)
      .delete({ entityType: entity, canonicalId, system: 'psa' });
  }

  /** Canonical ids of PSA records of one kind, for those that have one. */
  async canonicalIds(entity: PsaEntity, psaIds: Iterable<string>): Promise<Map<string, string>> {
    const wanted = [...new Set(psaIds)];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(CrossReference).find({
      select: { canonicalId: true, externalId: true },
      where: { system: 'psa', entityType: entity, externalId: In(wanted) },
    });
    return new Map(rows.map((row) => [row.externalId, row.canonicalId]));
  }

  /** The canonical project of each workspace the gateway created. */
  async projectsOfWorkspaces(workspaceIds: Iterable<string>): Promise<Map<string, string>> {
    const wanted = [...new Set(workspaceIds)];
    const missing = wanted.filter((id) => !this.projects.has(id));
    for (const [workspace, project] of await this.canonicalIds(PsaEntity.Project, missing))
      this.projects.set(workspace, project);
    return new Map(
      wanted.flatMap((id) => {
        const project = this.projects.get(id);
        return project ? [[id, project] as const] : [];
      }),
    );
  }
}
