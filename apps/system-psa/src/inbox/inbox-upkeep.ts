import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { OutboxRelay } from '@p2c/messaging';
import { PruneInboxUseCase } from './prune-inbox.use-case';

/**
 * Keeps the inbox moving in every instance of system-psa: the outbox relay publishes what the
 * webhooks brought (right after each commit, and on its ticks as the backstop), and the inbox is
 * pruned every PSA_INBOX_PRUNE_INTERVAL_MS.
 */
@Injectable()
export class InboxUpkeep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxUpkeep.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly prune: PruneInboxUseCase,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    this.timer = setInterval(() => {
      this.prune.execute().then(
        (pruned) =>
          pruned > 0 && this.logger.log(`${pruned} inbox rows past their retention deleted`),
        (error: Error) => this.logger.error(`inbox pruning failed: ${error.message}`),
      );
    }, this.config.getOrThrow<number>('PSA_INBOX_PRUNE_INTERVAL_MS'));
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
