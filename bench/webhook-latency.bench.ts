/**
 * How long one approved PSA time entry takes to reach the ERP under `npm start`'s defaults: the
 * sandbox's default Northwind (with its vendor latencies), the system tier and process-time with
 * every setting at its default, all in this process. Entries are approved one at a time; each is
 * timed from the approval (which fires the PSA's webhook) to process-time recording the ERP's
 * confirmation of its posting. Prints p50, p95 and max.
 *
 * BENCH_ENTRIES (default 200) entries; BENCH_WEBHOOK=none leaves the PSA without a webhook
 * target (what `npm start` did before it registered one), so only the feed poll brings them in.
 */
import { vendorHttpConfigShapeFor } from '@p2c/vendor-http';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import {
  FAST_PROCESS_TIME,
  FAST_SYSTEM_TIER,
  TimeTestBed,
} from '@p2c/apps/process-time/src/testing/time-test-bed';
import { processTimeConfigShape } from '@p2c/apps/process-time/src/process-time-config';
import { messagingConfigShape } from '@p2c/messaging';
import { recordResults } from './results';
import { benchEntry, benchOnTimeBed, defaultsOf } from './time-bed';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function postedAt(bed: TimeTestBed, sourceId: string): Promise<number> {
  for (;;) {
    const [row]: { posted_at: Date | null }[] = await bed.dataSource.query(
      `SELECT posted_at FROM time_postings WHERE source_id = $1`,
      [sourceId],
    );
    if (row?.posted_at) return row.posted_at.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const count = Number(process.env.BENCH_ENTRIES ?? 200);
const webhook = process.env.BENCH_WEBHOOK !== 'none';

benchOnTimeBed(
  {
    scenario: defaultScenario(),
    tierEnv: defaultsOf(
      vendorHttpConfigShapeFor(['psa', 'erp', 'hcm']),
      Object.keys(FAST_SYSTEM_TIER),
    ),
    env: defaultsOf(
      { ...processTimeConfigShape, ...messagingConfigShape },
      Object.keys(FAST_PROCESS_TIME),
    ),
  },
  async (bed) => {
    if (webhook) await bed.registerWebhooks(1);
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const [id] = await bed.logTime([benchEntry(i, (turn) => 2 + (turn % 27))]);
      const approvedAt = Date.now();
      await bed.approve([id]);
      latencies.push((await postedAt(bed, id)) - approvedAt);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    recordResults('webhook-latency', {
      webhook: webhook ? 'registered' : 'none',
      entries: count,
      latencyMs: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted[sorted.length - 1],
      },
    });
    console.log(['webhook', 'entries', 'p50 ms', 'p95 ms', 'max ms'].join('\t'));
    console.log(
      [
        webhook ? 'registered' : 'none',
        String(count),
        String(percentile(sorted, 50)),
        String(percentile(sorted, 95)),
        String(sorted[sorted.length - 1]),
      ].join('\t'),
    );
  },
);
