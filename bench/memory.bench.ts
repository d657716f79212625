/**
 * Idle memory of every app as production runs it (`node dist/apps/<app>/src/main.js`, built
 * first): each app started alone on a fresh migrated database and its own Redis prefix, its RSS
 * read once `/health/ready` answers 200 and it has been idle for a few seconds. Target: < 150 MB.
 * The sandbox is then loaded with BENCH_SANDBOX_ENTRIES (default 100,000) approved PSA time entries
 * (bench/sandbox-time.ts), and its RSS holding them is its loaded figure; process-time's loaded figure is
 * its workers' RSS after the vendor-bound bench's postings (bench/vendor-bound.bench.ts).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GATEWAY_APPS, GatewayAppName } from '@p2c/platform';
import globalSetup from '../libs/testing/src/global-setup';
import globalTeardown from '../libs/testing/src/global-teardown';
import {
  BuiltApp,
  TEST_REDIS_URL,
  buildDist,
  createTestDatabase,
  testRedisPrefix,
} from '@p2c/testing';
import { recordResults } from './results';
import { runBench } from './run-bench';
import { approveAllTime, generateTime, staffBenchWorkspaces } from './sandbox-time';

const IDLE_MS = 5_000;
const TARGET_MB = 150;
const SANDBOX_ENTRIES = Number(process.env.BENCH_SANDBOX_ENTRIES ?? 100_000);
runBench(async () => {
  buildDist();
  await globalSetup();
  try {
    const database = await createTestDatabase();
    const memory: Record<string, { idleMb: number; loadedMb?: number }> = {};
    try {
      for (const app of Object.keys(GATEWAY_APPS) as GatewayAppName[]) {
        const built = await BuiltApp.start(
          app,
          {
            LOG_LEVEL: 'warn',
            DATABASE_URL: database.url,
            REDIS_URL: TEST_REDIS_URL,
            REDIS_PREFIX: testRedisPrefix(),
          },
          join(tmpdir(), `p2c-memory-${app}.log`),
        );
        try {
          await built.ready();
          await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
          memory[app] = { idleMb: built.rssMb() };
          if (app === 'vendor-sandbox') {
            const participations = await staffBenchWorkspaces(built.url);
            await generateTime(built.url, participations, SANDBOX_ENTRIES);
            await approveAllTime(built.url);
            await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
            memory[app].loadedMb = built.rssMb();
          }
        } finally {
          await built.stop();
        }
      }
    } finally {
      await database.drop();
    }
    console.table(
      Object.entries(memory).map(([app, { idleMb, loadedMb }]) => ({
        app,
        'idle RSS (MB)': idleMb,
        'loaded RSS (MB)': loadedMb ?? '',
        [`< ${TARGET_MB} MB`]: idleMb < TARGET_MB ? 'met' : 'missed',
      })),
    );
    recordResults('memory', { sandboxEntries: SANDBOX_ENTRIES, apps: memory });
  } finally {
    await globalTeardown();
  }
});
