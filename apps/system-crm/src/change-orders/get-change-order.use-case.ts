import { Injectable } from '@nestjs/common';
import { ChangeOrderDto } from '@p2c/canonical';
import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { GetByIds } from '../common/get-by-ids';
import { ChangeOrderAssembler } from './change-order-assembler';

/** One change order (in any status), by canonical id or by CRM id. */
@Injectable()
export class GetChangeOrder extends GetByIds<ChangeOrderDto> {
  constructor(ids: CanonicalIds, assembler: ChangeOrderAssembler) {
    super('change-order', ids, assembler);
  }
}
