import { Injectable } from '@nestjs/common';
import { ChangesPage, ContractDto } from '@p2c/canonical';
import { ChangeFeed } from '../changes/change-feed';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { ContractAssembler } from './contract-assembler';
import { CONTRACTS_FEED } from './contract-soql';

/** Contracts changed after a cursor or a consumer's checkpoint. */
@Injectable()
export class ReadContractChanges {
  constructor(
    private readonly feed: ChangeFeed,
    private readonly assembler: ContractAssembler,
  ) {}

  execute(query: ChangesQueryDto): Promise<ChangesPage<ContractDto>> {
    return this.feed.page(CONTRACTS_FEED, query, (records) => this.assembler.assemble(records));
  }
}
