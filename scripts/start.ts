/**
 * `npm start`: checks that Postgres and Redis answer (and that Redis never evicts), applies
 * migrations, then starts the vendor sandbox and every app, each in its own
 * process with its default port (`<APP>_PORT` overrides one; `PORT` is the experience API's), and
 * subscribes system-psa's webhook receiver to the sandbox PSA's events (unless `PSA_BASE_URL`
 * points system-psa at another PSA, whose operator does that in its settings). Against the
 * sandbox, process-forecast's world date (`FORECAST_AS_OF`) is the default scenario's `asOf`
 * unless set. The finance workbench is built first (into dist/workbench), so the experience API
 * serves it at /workbench/. Once every app is ready it prints one summary (scripts/start/summary).
 * Logs are readable lines on a terminal, JSON otherwise. Ctrl-C stops them all, each as its
 * SIGTERM does: HTTP closes, workers finish or hand back their jobs.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { GATEWAY_APPS, GatewayAppName } from '@p2c/platform';
import { defaultScenario } from '../apps/vendor-sandbox/src/scenario/default-scenario';
import { registerPsaWebhook } from './register-psa-webhook';
import { forwardOutput, wantsPrettyLogs } from './start/app-output';
import { preflight } from './start/preflight';
import { formatSummary, waitForApps } from './start/summary';

const root = join(__dirname, '..');
const APPS = Object.keys(GATEWAY_APPS) as GatewayAppName[];
const prettyLogs = wantsPrettyLogs(process.env, process.stdout);

function portFor(app: GatewayAppName): string {
  const own = process.env[`${app.toUpperCase().replace(/-/g, '_')}_PORT`];
  if (own) return own;
  if (app === 'experience-api' && process.env.PORT) return process.env.PORT;
  return String(GATEWAY_APPS[app].port);
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: root,
    env,
    // a child of its own process group: Ctrl-C reaches the launcher alone, which stops each app
    // once; the IPC channel closes if this launcher dies, and each app then stops itself
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  forwardOutput(child.stdout!, prettyLogs, process.stdout);
  return child;
}

function migrate(): Promise<void> {
  return new Promise((resolve, reject) => {
    run(['scripts/migrate.ts'], process.env).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`migrations exited with ${code}`)),
    );
  });
}

/** `npm run build:workbench`: the finance workbench's static files, in a second or two. */
function buildWorkbench(): Promise<void> {
  return new Promise((resolve, reject) => {
    spawn(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'apps/workbench/vite.config.mts',
        '--logLevel',
        'warn',
      ],
      { cwd: root, stdio: 'inherit' },
    ).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the workbench build exited with ${code}`)),
    );
  });
}

/** The sandbox's world is on its scenario's date; the forecast cannot ask a vendor for it. */
function worldDate(): NodeJS.ProcessEnv {
  if (process.env.FORECAST_AS_OF !== undefined || process.env.PSA_BASE_URL) return {};
  return { FORECAST_AS_OF: defaultScenario().asOf };
}

async function main(): Promise<void> {
  await preflight(process.env);
  await Promise.all([migrate(), buildWorkbench()]);
  const children = APPS.map((app) =>
    run([`apps/${app}/src/main.ts`], {
      ...process.env,
      ...(app === 'process-forecast' ? worldDate() : {}),
      PORT: portFor(app),
    }),
  );
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('stopping every app…');
    for (const child of children) child.kill('SIGTERM');
    process.exitCode = code;
  };
  children.forEach((child, i) =>
    child.on('exit', (code) => {
      if (!stopping) console.error(`${APPS[i]} exited with ${code ?? child.signalCode}`);
      stop(code ?? 1);
    }),
  );
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  if (!process.env.PSA_BASE_URL)
    await registerPsaWebhook(
      `http://127.0.0.1:${portFor('vendor-sandbox')}`,
      `http://127.0.0.1:${portFor('system-psa')}`,
    ).catch((error: Error) => console.error(`PSA webhooks not registered: ${error.message}`));
  const urls = Object.fromEntries(
    APPS.map((app) => [app, `http://127.0.0.1:${portFor(app)}`]),
  ) as Record<GatewayAppName, string>;
  const health = await waitForApps(urls);
  if (!stopping) console.log(formatSummary(health));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
