import { Module } from '@nestjs/common';
import { OutboxModule } from '@p2c/messaging';
import { CheckpointsModule } from '../checkpoints/checkpoints.module';
import { PsaModule } from '../psa/psa.module';
import { WorkModule } from '../work/work.module';
import { EventMapper } from './event-mapper';
import { EventsController } from './events.controller';
import { ReadEventsUseCase } from './read-events.use-case';
import { ReceiveWebhookUseCase } from './receive-webhook.use-case';
import { WebhooksController } from './webhooks.controller';

/** PSA events: the pull feed for the process tier, and the webhook receiver that feeds the inbox. */
@Module({
  imports: [CheckpointsModule, OutboxModule, PsaModule, WorkModule],
  controllers: [EventsController, WebhooksController],
  providers: [EventMapper, ReadEventsUseCase, ReceiveWebhookUseCase],
})
export class EventsModule {}
