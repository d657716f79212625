import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

describe('an app started with bad configuration', () => {
  it('refuses to start and names every bad variable at once', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/process-billing/src/main.ts'],
      {
        cwd: root,
        env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'not-a-url' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    const report = result.stderr.slice(result.stderr.indexOf('process-billing failed to start'));
    expect(report).toMatch(/Invalid configuration \(3 problem\(s\)\)/);
    expect(report).toMatch(/PORT:/);
    expect(report).toMatch(/LOG_LEVEL:/);
    expect(report).toMatch(/DATABASE_URL:/);
  });
});
