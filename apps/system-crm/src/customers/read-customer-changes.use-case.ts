import { Injectable } from '@nestjs/common';
import { ChangesPage, CustomerAccountDto } from '@p2c/canonical';
import { ChangeFeed } from '../changes/change-feed';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CustomerAssembler } from './customer-assembler';
import { CUSTOMERS_FEED } from './customer-soql';

/** Customer accounts changed after a cursor or a consumer's checkpoint. */
@Injectable()
export class ReadCustomerChanges {
  constructor(
    private readonly feed: ChangeFeed,
    private readonly assembler: CustomerAssembler,
  ) {}

  execute(query: ChangesQueryDto): Promise<ChangesPage<CustomerAccountDto>> {
    return this.feed.page(CUSTOMERS_FEED, query, (records) => this.assembler.assemble(records));
  }
}
