import { Module } from '@nestjs/common';
import { OutboxModule } from '@p2c/messaging';
import { InboxController } from './inbox.controller';
import { InboxUpkeep } from './inbox-upkeep';
import { PruneInboxUseCase } from './prune-inbox.use-case';
import { ReadInboxEventUseCase } from './read-inbox-event.use-case';

/** The webhook inbox: read by event id, published through the outbox, pruned past retention. */
@Module({
  imports: [OutboxModule],
  controllers: [InboxController],
  providers: [ReadInboxEventUseCase, PruneInboxUseCase, InboxUpkeep],
})
export class InboxModule {}
