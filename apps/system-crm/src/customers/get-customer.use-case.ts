import { Injectable } from '@nestjs/common';
import { CustomerAccountDto } from '@p2c/canonical';
import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { GetByIds } from '../common/get-by-ids';
import { CustomerAssembler } from './customer-assembler';

/** One customer account, by canonical id or by CRM account id. */
@Injectable()
export class GetCustomer extends GetByIds<CustomerAccountDto> {
  constructor(ids: CanonicalIds, assembler: CustomerAssembler) {
    super('customer', ids, assembler);
  }
}
