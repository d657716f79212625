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

describe('process-forecast started with bad forecast settings', () => {
  it('names each one: the world’s date, the margin threshold, the recompute schedule', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/process-forecast/src/main.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          FORECAST_AS_OF: '2026-02-30',
          FORECAST_MARGIN_AT_RISK_PCT: '150',
          FORECAST_RECOMPUTE_CRON: 'nightly',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    const report = result.stderr.slice(result.stderr.indexOf('process-forecast failed to start'));
    expect(report).toMatch(/Invalid configuration \(3 problem\(s\)\)/);
    expect(report).toMatch(/FORECAST_AS_OF:/);
    expect(report).toMatch(/FORECAST_MARGIN_AT_RISK_PCT:/);
    expect(report).toMatch(/FORECAST_RECOMPUTE_CRON:/);
  });
});
