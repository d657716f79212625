import { TEST_REDIS_URL, createTestDatabase } from '@p2c/testing';
import { preflight } from './preflight';

describe('npm start preflight', () => {
  it('passes when Postgres and Redis answer, the database not created yet included', async () => {
    const database = await createTestDatabase();
    try {
      const missing = new URL(database.url);
      missing.pathname = '/p2c_not_created_yet';
      await expect(
        preflight({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL }),
      ).resolves.toBeUndefined();
      await expect(
        preflight({ DATABASE_URL: missing.toString(), REDIS_URL: TEST_REDIS_URL }),
      ).resolves.toBeUndefined();
    } finally {
      await database.drop();
    }
  });

  it('names each service that does not answer, where it was looked for and how to provide it', async () => {
    const failure = preflight({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/p2c',
      REDIS_URL: 'redis://127.0.0.1:2',
    });
    await expect(failure).rejects.toThrow(
      /PostgreSQL at 127\.0\.0\.1:1 cannot be reached \(.*ECONNREFUSED.*\).*DATABASE_URL/,
    );
    await expect(failure).rejects.toThrow(
      /Redis at 127\.0\.0\.1:2 cannot be reached \(.*ECONNREFUSED.*\).*REDIS_URL/,
    );
  });
});
