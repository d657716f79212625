/**
 * The experience API's finance dashboard under load: authenticated `GET /dashboards/finance` at
 * 50 connections (autocannon) beside a bare `node:http` server answering the same JSON, rounds
 * interleaved in one run. The dashboard is served from its cache in steady state (the default
 * DASHBOARD_CACHE_MS: a reading of the process tier every few seconds), so what is measured is
 * the framework, token verification, roles and the cache lookup. Targets: at least 40 % of the
 * bare server's requests a second, p99 under 50 ms.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { Role } from '@p2c/security';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';
import { recordResults } from './results';
import { benchOn } from './time-bed';

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 10);
const ROUNDS = 2;
const TARGET_RATIO = 0.4;
const TARGET_P99_MS = 50;

interface Round {
  requestsPerSecond: number;
  p99Ms: number;
}

async function load(url: string, headers: Record<string, string>): Promise<Round> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    headers,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return { requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Throttling on as deployed, each request counted in Redis; the dashboard client's internal tier
 * allows what an internal dashboard client would be given, more than the load sends.
 */
const THROTTLE_TIERS = JSON.stringify({ internal: { limit: 10_000_000, ttlSeconds: 60 } });

benchOn(
  () => ExperienceTestBed.start({ env: { THROTTLE_TIERS } }),
  async (bed) => {
    const bare = createServer();
    try {
      const auth = { authorization: `Bearer ${bed.token(Role.Finance)}` };
      const dashboardUrl = `${bed.url}/dashboards/finance`;
      const warm = await fetch(dashboardUrl, { headers: auth });
      if (warm.status !== 200) throw new Error(`the dashboard answered ${warm.status}`);
      if (warm.headers.get('ratelimit-limit') !== '10000000')
        throw new Error('the dashboard answered without the throttling the bench sets');
      const json = await warm.text();
      bare.on('request', (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        response.end(json);
      });
      await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
      const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/dashboards/finance`;

      const rounds = { bare: [] as Round[], dashboard: [] as Round[] };
      for (let round = 0; round < ROUNDS; round++) {
        rounds.bare.push(await load(bareUrl, {}));
        rounds.dashboard.push(await load(dashboardUrl, auth));
      }
      const figures = (of: Round[]) => ({
        requestsPerSecond: Math.round(median(of.map((r) => r.requestsPerSecond))),
        p99Ms: median(of.map((r) => r.p99Ms)),
      });
      const bareFigures = figures(rounds.bare);
      const dashboard = figures(rounds.dashboard);
      const ratio = +(dashboard.requestsPerSecond / bareFigures.requestsPerSecond).toFixed(3);
      console.table({
        'bare node:http, same JSON': bareFigures,
        'GET /dashboards/finance (JWT, roles, cache)': dashboard,
      });
      const met = ratio >= TARGET_RATIO && dashboard.p99Ms < TARGET_P99_MS;
      console.log(
        `dashboard / bare requests per second: ${(ratio * 100).toFixed(1)} % (target ≥ ${TARGET_RATIO * 100} %), ` +
          `p99 ${dashboard.p99Ms} ms (target < ${TARGET_P99_MS} ms): ${met ? 'met' : 'missed'} ` +
          `(${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_SECONDS} s each, ${json.length} bytes)`,
      );
      recordResults('dashboard', {
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        rounds: ROUNDS,
        responseBytes: json.length,
        requestsPerSecond: {
          bare: bareFigures.requestsPerSecond,
          dashboard: dashboard.requestsPerSecond,
        },
        p99Ms: { bare: bareFigures.p99Ms, dashboard: dashboard.p99Ms },
        ratio,
        targets: { ratio: TARGET_RATIO, p99Ms: TARGET_P99_MS },
        met,
      });
    } finally {
      bare.close();
    }
  },
);
