import { Injectable } from '@nestjs/common';
import { ContractDto } from '@p2c/canonical';
import { CanonicalIds } from '../canonical-ids/canonical-ids';
import { GetByIds } from '../common/get-by-ids';
import { ContractAssembler } from './contract-assembler';

/** One contract, by canonical id or by CRM contract id. */
@Injectable()
export class GetContract extends GetByIds<ContractDto> {
  constructor(ids: CanonicalIds, assembler: ContractAssembler) {
    super('contract', ids, assembler);
  }
}
