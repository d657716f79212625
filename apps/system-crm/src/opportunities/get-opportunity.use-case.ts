import { Injectable } from '@nestjs/common';
import { OpportunityDto } from '@p2c/canonical';
import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { GetByIds } from '../common/get-by-ids';
import { OpportunityAssembler } from './opportunity-assembler';

/** One deal, by canonical id or by CRM opportunity id. */
@Injectable()
export class GetOpportunity extends GetByIds<OpportunityDto> {
  constructor(ids: CanonicalIds, assembler: OpportunityAssembler) {
    super('opportunity', ids, assembler);
  }
}
