import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ChangeOrderDto, ChangesPage } from '@p2c/canonical';
import { ChangeFeed, FeedDefinition } from '../changes/change-feed';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { SystemCrmConfig } from '../system-crm-config';
import { ChangeOrderAssembler } from './change-order-assembler';
import { approvedChangeOrdersFeed } from './change-order-soql';

/** Approved change orders changed after a cursor or a consumer's checkpoint. */
@Injectable()
export class ReadChangeOrderChanges {
  private readonly definition: FeedDefinition;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly assembler: ChangeOrderAssembler,
    config: ConfigService<SystemCrmConfig, true>,
  ) {
    this.definition = approvedChangeOrdersFeed(
      config.get('CRM_CHANGE_ORDER_APPROVED_STATUS', { infer: true }),
    );
  }

  execute(query: ChangesQueryDto): Promise<ChangesPage<ChangeOrderDto>> {
    return this.feed.page(this.definition, query, (records) => this.assembler.assemble(records));
  }
}
