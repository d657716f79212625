import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BuiltApp,
  TEST_REDIS_URL,
  TestDatabase,
  buildDist,
  createTestDatabase,
  testRedisPrefix,
} from '@p2c/testing';

/**
 * Production runs the compiled JavaScript: `npm run build`, then `node dist/apps/<app>/src/main.js`
 * with no TypeScript loader. The sandbox, a system app and a process app start that way and
 * answer their readiness probe.
 */
describe('apps built into dist/', () => {
  let database: TestDatabase;
  const started: BuiltApp[] = [];

  beforeAll(async () => {
    buildDist();
    database = await createTestDatabase();
  }, 180_000);

  afterAll(async () => {
    for (const app of started) await app.stop();
    await database?.drop();
  });

  async function start(app: string, env: Record<string, string> = {}): Promise<BuiltApp> {
    const built = await BuiltApp.start(
      app,
      {
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: testRedisPrefix(),
        ...env,
      },
      join(tmpdir(), `p2c-built-${app}.log`),
    );
    started.push(built);
    return built;
  }

  it.each(['vendor-sandbox', 'system-hcm', 'process-time'])(
    '%s starts from dist and is ready',
    async (app) => {
      const built = await start(app, {
        TIME_INBOX_POLL_MS: '3600000',
        TIME_FEED_POLL_MS: '3600000',
      });
      await built.ready();
      const ready = await fetch(`${built.url}/health/ready`);
      expect(ready.status).toBe(200);
    },
    90_000,
  );

  it('an app that cannot reach its database is not ready and exits non-zero', async () => {
    const built = await start('system-hcm', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/p2c_no_such_database',
    });
    await expect(built.ready(30_000)).rejects.toThrow(/exited with 1/);
  }, 60_000);
});
