import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueFactory, QueueName, createRedisConnection } from '@p2c/messaging';
import { dataSourceOptions } from '@p2c/persistence';
import {
  TEST_REDIS_URL,
  TestDatabase,
  createTestDatabase,
  deleteKeysWithPrefix,
  testRedisPrefix,
} from '@p2c/testing';
import type { FlowSettings } from './flow-settings';
import { RecoverySweep } from './recovery-sweep';
import { StepStore } from './step-store';

interface StepRow {
  id: string;
  status: string;
  job_id: string | null;
  lease_until: Date;
}

describe('the recovery sweep', () => {
  const prefix = testRedisPrefix();
  const settings = { leaseMs: 60_000, sweepIntervalMs: 1000 } as FlowSettings;
  let database: TestDatabase;
  let dataSource: DataSource;
  const producer = createRedisConnection(TEST_REDIS_URL, 'worker', 'sweep-spec');
  let queues: QueueFactory;
  let sweep: RecoverySweep;
  let onboardingId: string;

  /** A step of a (made-up) onboarding in flight, whose lease ran out a second ago. */
  async function expiredStep(name: string, status: string, jobId: string | null): Promise<string> {
    const [row]: { id: string }[] = await dataSource.query(
      `INSERT INTO onboarding_steps (onboarding_id, name, position, status, job_id, lease_until)
       VALUES ($1, $2, 1, $3, $4, now() - interval '1 second') RETURNING id`,
      [onboardingId, name, status, jobId],
    );
    return row.id;
  }

  const step = async (id: string): Promise<StepRow> =>
    (await dataSource.query(`SELECT * FROM onboarding_steps WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    Logger.overrideLogger(false); // the sweep warns about what it dispatches again
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-onboarding', database.urlFor('process-onboarding'), 'sweep-spec'),
    ).initialize();
    queues = new QueueFactory({
      redisUrl: TEST_REDIS_URL,
      prefix,
      app: 'sweep-spec',
      producer,
    });
    sweep = new RecoverySweep(dataSource, queues, new StepStore(dataSource, settings), settings);
    [{ id: onboardingId }] = await dataSource.query(
      `INSERT INTO onboardings (opportunity_id, project_id, trigger, status)
       VALUES ('opp_sweep', 'prj_sweep', 'request', 'running') RETURNING id`,
    );
  });

  afterAll(async () => {
    await queues?.close();
    await deleteKeysWithPrefix(producer, prefix);
    producer.disconnect();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('dispatches again a step whose worker died or whose job was lost, and leaves the rest alone', async () => {
    const lostJob = await expiredStep(
      'validate-deal',
      'queued',
      '0b7c1c9e-0d6e-4e7a-8f5e-2d1b9d6f4a11',
    );
    const deadWorker = await expiredStep('resolve-customer', 'running', null);
    const waitingJob = '5f3d2b1a-9c8e-4d7f-a6b5-4c3d2e1f0a99';
    await queues
      .queue(QueueName.ProjectOnboarding)
      .add('create-psa-project', {}, { jobId: waitingJob });
    const stillQueued = await expiredStep('create-psa-project', 'queued', waitingJob);
    const [{ id: unsent }] = await dataSource.query(
      `INSERT INTO outbox_messages (id, queue, job_name, payload)
       VALUES (gen_random_uuid(), 'project-onboarding', 'create-erp-project', '{}') RETURNING id`,
    );
    const inOutbox = await expiredStep('create-erp-project', 'queued', unsent);

    expect(await sweep.sweepOnce()).toBe(2);

    for (const id of [lostJob, deadWorker]) {
      const row = await step(id);
      expect(row.status).toBe('queued');
      expect(row.lease_until.getTime()).toBeGreaterThan(Date.now());
      const outbox = await dataSource.query(
        `SELECT payload FROM outbox_messages WHERE id = $1 AND sent_at IS NULL`,
        [row.job_id],
      );
      expect(outbox).toEqual([{ payload: { onboardingId, stepId: id } }]);
    }
    // a job still waiting on the queue only gets more time
    const waiting = await step(stillQueued);
    expect(waiting).toMatchObject({ status: 'queued', job_id: waitingJob });
    expect(waiting.lease_until.getTime()).toBeGreaterThan(Date.now());
    // a job the relay has not enqueued yet is not a lost one
    expect(await step(inOutbox)).toMatchObject({ job_id: unsent });
    expect((await step(inOutbox)).lease_until.getTime()).toBeLessThan(Date.now());

    expect(await sweep.sweepOnce()).toBe(0);
  });
});
