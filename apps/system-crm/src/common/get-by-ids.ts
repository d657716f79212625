import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { CrmEntity } from '../canonical-ids/crm-entity';
import { notFound } from './not-found';

/** Reads canonical records of one kind by CRM id (leaving out ids the CRM does not hold). */
export interface CrmRecordLoader<T> {
  byCrmIds(crmIds: readonly string[]): Promise<T[]>;
}

/** One record of a kind, by canonical id or by CRM id (issuing a canonical id if it had none). */
export abstract class GetByIds<T> {
  protected constructor(
    private readonly entity: CrmEntity,
    private readonly ids: CanonicalIds,
    private readonly loader: CrmRecordLoader<T>,
  ) {}

  async byId(id: string): Promise<T> {
    const crmId = await this.ids.crmIdOf(this.entity, id);
    if (crmId === undefined) throw notFound(this.entity, id);
    return this.byCrmId(crmId);
  }

  async byCrmId(crmId: string): Promise<T> {
    const [record] = await this.loader.byCrmIds([crmId]);
    if (!record) throw notFound(`${this.entity} in the CRM with id`, crmId);
    return record;
  }
}
