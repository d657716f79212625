import { Injectable } from '@nestjs/common';
import { ChangesPage, OpportunityDto } from '@p2c/canonical';
import { ChangeFeed } from '../changes/change-feed';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { OpportunityAssembler } from './opportunity-assembler';
import { CLOSED_WON_FEED } from './opportunity-soql';

/** Closed-won deals changed after a cursor or a consumer's checkpoint. */
@Injectable()
export class ReadOpportunityChanges {
  constructor(
    private readonly feed: ChangeFeed,
    private readonly assembler: OpportunityAssembler,
  ) {}

  execute(query: ChangesQueryDto): Promise<ChangesPage<OpportunityDto>> {
    return this.feed.page(CLOSED_WON_FEED, query, (records) => this.assembler.assemble(records));
  }
}
