import { randomBytes } from 'node:crypto';

/** Every database and Redis key a test run makes starts with its run id, so runs never collide. */
export const TEST_RUN_ENV = 'P2C_TEST_RUN';
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const DATABASE_PREFIX = 'p2c_test_';

export function newRunId(): string {
  return `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function currentRunId(): string {
  const runId = process.env[TEST_RUN_ENV];
  if (!runId) throw new Error(`${TEST_RUN_ENV} is not set: run the tests through jest (npm test).`);
  return runId;
}

export function templateDatabaseName(runId: string): string {
  return `${DATABASE_PREFIX}${runId}_tpl`;
}

export function databaseUrl(database: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Run ids start with their creation time in base 36. */
export function runStartedAt(runId: string): number {
  return parseInt(runId.split('_')[0], 36);
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}
