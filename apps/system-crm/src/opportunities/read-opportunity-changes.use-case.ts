import { Injectable } from '@nestjs/common';
import { ChangesPage, OpportunityDto } from '@p2c/canonical';
import { ChangeFeed, FeedDefinition } from '../changes/change-feed';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { OpportunityAssembler } from './opportunity-assembler';
import { StageChangesQueryDto } from './stage-changes-query.dto';
import { CLOSED_WON_FEED, stageFeed } from './opportunity-soql';

/** Deals (won ones, or ones at given stages) changed after a cursor or a consumer's checkpoint. */
@Injectable()
export class ReadOpportunityChanges {
  constructor(
    private readonly feed: ChangeFeed,
    private readonly assembler: OpportunityAssembler,
  ) {}

  closedWon(query: ChangesQueryDto): Promise<ChangesPage<OpportunityDto>> {
    return this.read(CLOSED_WON_FEED, query);
  }

  atStages({ stage, ...query }: StageChangesQueryDto): Promise<ChangesPage<OpportunityDto>> {
    return this.read(stageFeed(stage), query);
  }

  private read(
    definition: FeedDefinition,
    query: ChangesQueryDto,
  ): Promise<ChangesPage<OpportunityDto>> {
    return this.feed.page(definition, query, (records) => this.assembler.assemble(records));
  }
}
