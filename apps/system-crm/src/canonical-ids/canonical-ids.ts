import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CRM_ENTITIES, CrmEntity } from './crm-entity';

/**
 * Canonical ids of CRM records, through the cross-reference table: a CRM record met for the first
 * time gets a new gateway-issued id (`opp_…`), every later meeting the same one. Whole pages are
 * resolved with two statements, and concurrent first meetings agree (the table's unique
 * (system, entity type, external id) keeps the first id written).
 */
@Injectable()
export class CanonicalIds {
  constructor(private readonly dataSource: DataSource) {}

  /** CRM id → canonical id for every given CRM id, issuing ids for those met the first time. */
  async ofCrmIds(entity: CrmEntity, crmIds: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(crmIds)];
    if (unique.length === 0) return new Map();
    await this.dataSource.query(
      `INSERT INTO cross_references (entity_type, canonical_id, system, external_id)
       SELECT $1, $2 || replace(gen_random_uuid()::text, '-', ''), 'crm', crm_id
         FROM unnest($3::text[]) AS crm_id
       ON CONFLICT DO NOTHING`,
      [entity, `${CRM_ENTITIES[entity]}_`, unique],
    );
    const rows: { external_id: string; canonical_id: string }[] = await this.dataSource.query(
      `SELECT external_id, canonical_id FROM cross_references
        WHERE system = 'crm' AND entity_type = $1 AND external_id = ANY($2::text[])`,
      [entity, unique],
    );
    return new Map(rows.map((row) => [row.external_id, row.canonical_id]));
  }

  /** The CRM id behind a canonical id, if the gateway has issued it. */
  async crmIdOf(entity: CrmEntity, canonicalId: string): Promise<string | undefined> {
    const rows: { external_id: string }[] = await this.dataSource.query(
      `SELECT external_id FROM cross_references
        WHERE system = 'crm' AND entity_type = $1 AND canonical_id = $2`,
      [entity, canonicalId],
    );
    return rows[0]?.external_id;
  }
}

/** The canonical id `ofCrmIds` resolved for `crmId` (which it always resolves). */
export function resolved(ids: ReadonlyMap<string, string>, crmId: string): string {
  const id = ids.get(crmId);
  if (id === undefined) throw new Error(`no canonical id was resolved for CRM record ${crmId}`);
  return id;
}
