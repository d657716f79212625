import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { GetOnboardingUseCase } from './get-onboarding.use-case';

describe('reading one onboarding', () => {
  let database: TestDatabase;
  let reader: DataSource;
  let writer: DataSource;
  let onboardingId: string;

  const connect = (name: string) =>
    new DataSource(
      dataSourceOptions('process-onboarding', database.urlFor('process-onboarding'), name),
    ).initialize();

  beforeAll(async () => {
    database = await createTestDatabase();
    reader = await connect('get-onboarding-spec');
    writer = await connect('get-onboarding-spec-writer');
    [{ id: onboardingId }] = await writer.query(
      `INSERT INTO onboardings (opportunity_id, project_id, trigger, status, opportunity_name)
       VALUES ('opp_read', 'prj_read', 'request', 'running', 'as validated') RETURNING id`,
    );
    await writer.query(
      `INSERT INTO onboarding_steps (onboarding_id, name, position, status)
       VALUES ($1, 'validate-deal', 1, 'running')`,
      [onboardingId],
    );
  });

  afterAll(async () => {
    await reader?.destroy();
    await writer?.destroy();
    await database?.drop();
  });

  it('shows the onboarding and its steps as of one moment, even when a step succeeds meanwhile', async () => {
    // the step succeeds, with what it established, between the reader's first and second look
    const find = EntityManager.prototype.find;
    let committed = false;
    const spy = jest.spyOn(EntityManager.prototype, 'find').mockImplementation(async function (
      this: EntityManager,
      ...args: Parameters<EntityManager['find']>
    ) {
      if (!committed) {
        committed = true;
        await writer.transaction(async (manager) => {
          await manager.query(
            `UPDATE onboarding_steps SET status = 'succeeded' WHERE onboarding_id = $1`,
            [onboardingId],
          );
          await manager.query(
            `UPDATE onboardings SET opportunity_name = 'as changed' WHERE id = $1`,
            [onboardingId],
          );
        });
      }
      return find.apply(this, args);
    } as EntityManager['find']);
    try {
      const view = await new GetOnboardingUseCase(reader).execute(onboardingId);
      expect(committed).toBe(true);
      expect(view.name).toBe('as validated');
      expect(view.steps.map((step) => step.status)).toEqual(['RUNNING']);
    } finally {
      spy.mockRestore();
    }
    const after = await new GetOnboardingUseCase(reader).execute(onboardingId);
    expect([after.name, after.steps.map((step) => step.status)]).toEqual([
      'as changed',
      ['SUCCEEDED'],
    ]);
  });
});
