import { Injectable } from '@nestjs/common';
import { ErpClient } from './erp-client';
import { ErpEntityType, ErpLinks } from './erp-links';
import { ErpRecordType } from './erp-record';

/**
 * Writes the ERP record of a canonical entity without ever making a twin: the record the
 * cross-reference names is changed in place (and given the canonical id as its external id,
 * should someone have cleared it); without one, the ERP's upsert by external id creates or
 * changes the record. The cross-reference is linked after, so a retry finds it.
 */
@Injectable()
export class ErpUpserts {
  constructor(
    private readonly erp: ErpClient,
    private readonly links: ErpLinks,
  ) {}

  async upsert(
    type: ErpRecordType,
    entityType: ErpEntityType,
    canonicalId: string,
    fields: Record<string, unknown>,
  ): Promise<string> {
    const linked = await this.links.erpIdOf(entityType, canonicalId);
    let erpId: string;
    if (linked) {
      await this.erp.update(type, linked, { ...fields, externalId: canonicalId });
      erpId = linked;
    } else erpId = await this.erp.upsert(type, canonicalId, fields);
    await this.links.link(entityType, canonicalId, erpId);
    return erpId;
  }
}
