/**
 * The one summary `npm start` prints once every app is up: each app's URL, its readiness and
 * its API documentation, where the workbench is, and how to get a token.
 */
import type { GatewayAppName } from '@p2c/platform';

const WAIT_MS = 120_000;
const POLL_MS = 500;

export interface AppHealth {
  app: GatewayAppName;
  url: string;
  /** `ready`, or what /health/ready said is down */
  health: string;
}

async function readiness(url: string): Promise<{ ready: boolean; detail: string }> {
  try {
    const answer = await fetch(`${url}/health/ready`);
    if (answer.ok) return { ready: true, detail: 'ready' };
    const body = (await answer.json().catch(() => ({}))) as { detail?: string };
    return { ready: false, detail: body.detail ?? `HTTP ${answer.status}` };
  } catch (error) {
    return { ready: false, detail: `not answering (${(error as Error).message})` };
  }
}

/** Waits until every app is ready, or the time is up: each app's health as last seen. */
export async function waitForApps(urls: Record<GatewayAppName, string>): Promise<AppHealth[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const health = await Promise.all(
      (Object.entries(urls) as [GatewayAppName, string][]).map(async ([app, url]) => ({
        app,
        url,
        ...(await readiness(url)),
      })),
    );
    if (health.every((app) => app.ready) || Date.now() > deadline)
      return health.map(({ app, url, detail }) => ({ app, url, health: detail }));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function formatSummary(health: AppHealth[]): string {
  const width = Math.max(...health.map(({ app }) => app.length));
  const urlWidth = Math.max(...health.map(({ url }) => url.length));
  const rows = health.map(({ app, url, health: state }) => {
    const docs = `${url}/docs`;
    return `  ${app.padEnd(width)}  ${url.padEnd(urlWidth)}  ${state.padEnd(6)}  ${docs}`;
  });
  const experience = health.find(({ app }) => app === 'experience-api')!.url;
  const allReady = health.every(({ health: state }) => state === 'ready');
  return [
    '',
    allReady
      ? 'Project-to-Cash Gateway is up.'
      : 'Project-to-Cash Gateway started, but not every app is ready:',
    '',
    `  ${'app'.padEnd(width)}  ${'url'.padEnd(urlWidth)}  ${'health'}  docs`,
    ...rows,
    '',
    `  finance workbench   ${experience}/workbench/  (sign in with a role: development only)`,
    `  queue board         ${experience}/admin/queues  (admin token)`,
    `  a token             npm run token -- --role finance   (admin, finance, delivery, partner --partner ID)`,
    `  the Northwind story npm run demo`,
    '',
    'Ctrl-C stops every app; workers finish or hand back the jobs they hold.',
    '',
  ].join('\n');
}
