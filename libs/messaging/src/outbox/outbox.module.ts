import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { QueueFactory } from '../queue-factory';
import { OutboxRelay } from './outbox-relay';

/**
 * Provides the outbox relay, configured from OUTBOX_RELAY_* (see messagingConfigShape). The app
 * decides where it runs: call `start()` in the processes that should relay; it stops on shutdown.
 */
@Module({
  providers: [
    {
      provide: OutboxRelay,
      inject: [DataSource, QueueFactory, ConfigService],
      useFactory: (dataSource: DataSource, queues: QueueFactory, config: ConfigService) =>
        new OutboxRelay(dataSource, queues, {
          intervalMs: config.getOrThrow<number>('OUTBOX_RELAY_INTERVAL_MS'),
          batchSize: config.getOrThrow<number>('OUTBOX_RELAY_BATCH_SIZE'),
          retryDelayMs: config.getOrThrow<number>('OUTBOX_RELAY_RETRY_MS'),
          maxAttempts: config.getOrThrow<number>('OUTBOX_RELAY_MAX_ATTEMPTS'),
          retentionHours: config.getOrThrow<number>('OUTBOX_RETENTION_HOURS'),
        }),
    },
  ],
  exports: [OutboxRelay],
})
export class OutboxModule {}
