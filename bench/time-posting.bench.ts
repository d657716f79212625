/**
 * process-time's posting pipeline against the system tier and the sandbox, all in one process:
 * N approved PSA entries swept, validated, priced and posted to the ERP, timed from the sweep to
 * the last ERP confirmation. Prints postings per second at 1,000 and 5,000 entries, and the
 * ERP's own ceiling for the same calls (bare PUTs to system-erp at the same concurrency) as the
 * yardstick: the pipeline should be bound by the ERP, not by itself.
 */
import { ConfigService } from '@nestjs/config';
import { createApiClient, serviceTokenProvider, unwrap } from '@p2c/clients';
import { readSecurityConfig } from '@p2c/security';
import { SweepApprovedUseCase } from '@p2c/apps/process-time/src/intake/sweep-approved.use-case';
import { TimeTestBed } from '@p2c/apps/process-time/src/testing/time-test-bed';
import { recordResults } from './results';
import { benchEntry, benchOnTimeBed } from './time-bed';

async function pipeline(bed: TimeTestBed, count: number, dayOffset: number): Promise<number> {
  const ids: string[] = [];
  const planned = Array.from({ length: count }, (_, i) =>
    benchEntry(i, (turn) => 1 + ((dayOffset + turn) % 30)),
  );
  for (let start = 0; start < count; start += 5000)
    ids.push(...(await bed.logTime(planned.slice(start, start + 5000))));
  await bed.approve(ids);
  const started = performance.now();
  await bed.get(SweepApprovedUseCase).execute();
  await bed.settled(ids, 900_000);
  return performance.now() - started;
}

async function barePuts(bed: TimeTestBed, count: number, concurrency: number): Promise<number> {
  const erp = createApiClient('system-erp', {
    baseUrl: bed.tier.env.SYSTEM_ERP_URL,
    token: serviceTokenProvider(readSecurityConfig(bed.app.get(ConfigService)), {
      subject: 'bench',
      ttlSeconds: 600,
    }),
    timeoutMs: 60_000,
  });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++)
        await unwrap(
          erp.PUT('/time-postings/{id}', {
            params: { path: { id: `bench-${i}` } },
            body: {
              project: 'PRJ-006NW000101',
              worker: 'E1003',
              workDate: '2026-11-16',
              hours: '1.5',
              billable: true,
              billRate: { amount: '245.00', currency: 'USD' },
            },
          }),
        );
    }),
  );
  return performance.now() - started;
}

benchOnTimeBed({}, async (bed) => {
  const concurrency = Number(bed.app.get(ConfigService).getOrThrow('TIME_POSTING_CONCURRENCY'));
  const rows: string[][] = [];
  const pipelines: { entries: number; seconds: number; perSecond: number }[] = [];
  let offset = 0;
  for (const count of (process.env.BENCH_COUNTS ?? '1000,5000').split(',').map(Number)) {
    const ms = await pipeline(bed, count, offset);
    offset += 7;
    pipelines.push({
      entries: count,
      seconds: +(ms / 1000).toFixed(1),
      perSecond: +(count / (ms / 1000)).toFixed(1),
    });
    rows.push([
      `process-time pipeline`,
      String(count),
      (ms / 1000).toFixed(1),
      (count / (ms / 1000)).toFixed(0),
    ]);
  }
  const bare = await barePuts(bed, 2_000, concurrency);
  rows.push([
    `bare PUTs to system-erp (c=${concurrency})`,
    '2000',
    (bare / 1000).toFixed(1),
    (2000 / (bare / 1000)).toFixed(0),
  ]);
  const barePerSecond = 2000 / (bare / 1000);
  recordResults('time-posting', {
    pipelines,
    barePuts: {
      concurrency,
      entries: 2000,
      seconds: +(bare / 1000).toFixed(1),
      perSecond: +barePerSecond.toFixed(1),
    },
    ratio: +(pipelines[pipelines.length - 1].perSecond / barePerSecond).toFixed(2),
  });
  console.log(['what', 'entries', 'seconds', 'per second'].join('\t'));
  for (const row of rows) console.log(row.join('\t'));
});
