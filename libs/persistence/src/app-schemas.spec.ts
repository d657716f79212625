import { DataSource, QueryFailedError } from 'typeorm';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { appDatabaseUrl } from './app-database-url';
import { DATA_OWNERS, DataOwner, schemaOf } from './app-schemas';
import { dataSourceOptions } from './data-source-options';

const INSUFFICIENT_PRIVILEGE = '42501';

/** The Postgres error code a statement failed with, or undefined when it succeeded. */
async function refusal(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    if (error instanceof QueryFailedError) return (error.driverError as { code: string }).code;
    throw error;
  }
}

describe('each app’s own schema and role', () => {
  let database: TestDatabase;
  const connections = new Map<DataOwner, DataSource>();

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const app of DATA_OWNERS)
      connections.set(
        app,
        await new DataSource(
          dataSourceOptions(app, appDatabaseUrl(app, { DATABASE_URL: database.url }), 'own-spec'),
        ).initialize(),
      );
  });

  afterAll(async () => {
    for (const connection of connections.values()) await connection.destroy();
    await database?.drop();
  });

  it('connects each app as its own role, finding its own tables by their plain names', async () => {
    for (const app of DATA_OWNERS) {
      const [row] = await connections.get(app)!.query(`SELECT current_user AS role`);
      expect(row.role).toBe(schemaOf(app));
      await connections.get(app)!.query(`SELECT count(*) FROM idempotency_keys`);
    }
  });

  it('lets Postgres refuse an app that reads or writes another app’s tables', async () => {
    const processTime = connections.get('process-time')!;
    const systemPsa = connections.get('system-psa')!;
    expect(await refusal(processTime.query(`SELECT * FROM system_psa.inbox_messages`))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(
      await refusal(systemPsa.query(`UPDATE process_time.time_postings SET status = 'POSTED'`)),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    for (const reader of DATA_OWNERS)
      for (const owner of DATA_OWNERS.filter((app) => app !== reader))
        expect([
          reader,
          owner,
          await refusal(
            connections.get(reader)!.query(`SELECT * FROM ${schemaOf(owner)}.idempotency_keys`),
          ),
        ]).toEqual([reader, owner, INSUFFICIENT_PRIVILEGE]);
  });

  it('keeps an app from putting tables anywhere but in its own schema', async () => {
    const processTime = connections.get('process-time')!;
    expect(await refusal(processTime.query(`CREATE TABLE public.stray (id int)`))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
    expect(await refusal(processTime.query(`CREATE TABLE system_psa.stray (id int)`))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
  });
});
