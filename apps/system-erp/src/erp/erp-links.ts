import { Injectable } from '@nestjs/common';
import { CrossReferenceConflictError, CrossReferenceRepository } from '@p2c/persistence';
import { SystemErpErrorCode, SystemErpException } from './system-erp.exception';

/** The canonical entities the ERP holds records of, as the cross-reference table names them. */
export type ErpEntityType =
  'customer' | 'project' | 'time-posting' | 'expense-posting' | 'invoice' | 'credit-memo';

/** Canonical id ↔ ERP internal id, through the shared cross-reference table. */
@Injectable()
export class ErpLinks {
  constructor(private readonly references: CrossReferenceRepository) {}

  erpIdOf(entityType: ErpEntityType, canonicalId: string): Promise<string | undefined> {
    return this.references.externalId({ entityType, canonicalId, system: 'erp' });
  }

  canonicalIdOf(entityType: ErpEntityType, erpId: string): Promise<string | undefined> {
    return this.references.canonicalId('erp', entityType, erpId);
  }

  /**
   * Records many mappings of one entity type at once; answers, by canonical id, the 409 of each
   * that clashes with another mapping.
   */
  async linkAll(
    entityType: ErpEntityType,
    links: readonly { canonicalId: string; erpId: string }[],
  ): Promise<Map<string, SystemErpException>> {
    const conflicts = await this.references.linkAll(
      'erp',
      entityType,
      links.map(({ canonicalId, erpId }) => ({ canonicalId, externalId: erpId })),
    );
    return new Map(
      [...conflicts].map(([canonicalId, error]) => [
        canonicalId,
        new SystemErpException(SystemErpErrorCode.CROSS_REFERENCE_CONFLICT, error.message, {
          entityType,
          canonicalId,
          erpId: links.find((link) => link.canonicalId === canonicalId)?.erpId,
        }),
      ]),
    );
  }

  /** Records the mapping (again: a no-op); a clash with another mapping is a 409. */
  async link(entityType: ErpEntityType, canonicalId: string, erpId: string): Promise<void> {
    try {
      await this.references.link({ entityType, canonicalId, system: 'erp' }, erpId);
    } catch (error) {
      if (!(error instanceof CrossReferenceConflictError)) throw error;
      throw new SystemErpException(SystemErpErrorCode.CROSS_REFERENCE_CONFLICT, error.message, {
        entityType,
        canonicalId,
        erpId,
      });
    }
  }
}
