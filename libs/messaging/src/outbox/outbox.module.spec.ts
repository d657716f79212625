import { ConfigModule } from '@nestjs/config';
import { Test, TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@p2c/persistence';
import {
  TEST_REDIS_URL,
  TestDatabase,
  createTestDatabase,
  deleteKeysWithPrefix,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import { MessagingModule } from '../messaging.module';
import { QueueFactory } from '../queue-factory';
import { QueueName } from '../queue-name';
import { PRODUCER_REDIS } from '../redis.tokens';
import { addToOutbox } from './add-to-outbox';
import { OutboxModule } from './outbox.module';
import { OutboxRelay } from './outbox-relay';

describe('OutboxModule', () => {
  const prefix = testRedisPrefix();
  let database: TestDatabase;
  let app: TestingModule;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [
            () => ({
              REDIS_URL: TEST_REDIS_URL,
              REDIS_PREFIX: prefix,
              OUTBOX_RELAY_INTERVAL_MS: 20,
              OUTBOX_RELAY_BATCH_SIZE: 10,
              OUTBOX_RELAY_RETRY_MS: 100,
              OUTBOX_RELAY_MAX_ATTEMPTS: 25,
              OUTBOX_RETENTION_HOURS: 24,
            }),
          ],
        }),
        TypeOrmModule.forRoot(
          dataSourceOptions('process-time', database.urlFor('process-time'), 'outbox-module-spec'),
        ),
        MessagingModule.forRoot('outbox-module-spec'),
        OutboxModule,
      ],
    }).compile();
    await app.init();
  });

  afterAll(async () => {
    const redis = app.get<Redis>(PRODUCER_REDIS);
    await deleteKeysWithPrefix(redis, prefix);
    await app.close();
    await database.drop();
  });

  it('relays committed rows to the app queues in batches of the configured size', async () => {
    const dataSource = app.get(DataSource);
    const ids = await dataSource.transaction(async (manager) => {
      const written: string[] = [];
      for (let i = 0; i < 25; i++)
        written.push(
          await addToOutbox(manager, {
            queue: QueueName.ProjectOnboarding,
            name: 'validate-dimensions',
            payload: { opportunityId: `OPP-${i}` },
          }),
        );
      return written;
    });

    const relay = app.get(OutboxRelay);
    expect(await relay.relayOnce()).toEqual({ sent: 10, failed: 0 });
    relay.start();
    const queue = app.get(QueueFactory).queue(QueueName.ProjectOnboarding);
    await waitFor(async () => (await queue.getWaitingCount()) === 25, {
      what: 'all 25 jobs on the queue',
    });
    const jobs = await queue.getWaiting(0, -1);
    expect(jobs.map((job) => job.id).sort()).toEqual(ids.sort());
  });
});
