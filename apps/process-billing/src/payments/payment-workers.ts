import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { ProcessRole, runsWorkers } from '@p2c/platform';
import type { PaymentSyncDto } from './dto/payment-sync.dto';
import { PaymentSyncJob, SYNC_PAYMENTS_JOB } from './payment-sync.job';

const SCHEDULER = 'process-billing:sync-payments';

/**
 * In the `worker` and `all` roles: the payment sync on its schedule (one BullMQ job scheduler in
 * Redis shared by every replica, so each tick runs once: BILLING_PAYMENT_SYNC_CRON, else every
 * BILLING_PAYMENT_SYNC_MS; neither: no schedule) and its worker, one pass at a time.
 */
@Injectable()
export class PaymentWorkers implements OnApplicationBootstrap {
  private readonly logger = new Logger(PaymentWorkers.name);

  constructor(
    private readonly queues: QueueFactory,
    private readonly job: PaymentSyncJob,
    @Inject(ConfigService) private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config.getOrThrow<ProcessRole>('PROCESS_ROLE'))) return;
    this.queues
      .worker<object, PaymentSyncDto>(QueueName.PaymentSync, () => this.job.process(), {
        concurrency: 1,
      })
      .on('failed', (_job, error) =>
        this.logger.warn(`payment sync failed, the next tick reads again: ${error.message}`),
      );
    const pattern = this.config.get<string>('BILLING_PAYMENT_SYNC_CRON');
    const every = this.config.getOrThrow<number>('BILLING_PAYMENT_SYNC_MS');
    if (!pattern && every === 0) {
      await this.queues.dropScheduler(QueueName.PaymentSync, SCHEDULER);
      return;
    }
    await this.queues.keepScheduler(
      QueueName.PaymentSync,
      SCHEDULER,
      pattern ? { pattern } : { every },
      {
        name: SYNC_PAYMENTS_JOB,
        data: {},
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
      },
    );
  }
}
