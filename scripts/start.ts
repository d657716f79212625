/**
 * `npm start`: applies migrations, then starts the vendor sandbox and every app, each in its own
 * process with its default port (`<APP>_PORT` overrides one; `PORT` is the experience API's), and
 * subscribes system-psa's webhook receiver to the sandbox PSA's events (unless `PSA_BASE_URL`
 * points system-psa at another PSA, whose operator does that in its settings). Ctrl-C stops
 * them all.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { GATEWAY_APPS, GatewayAppName } from '@p2c/platform';
import { registerPsaWebhook } from './register-psa-webhook';

const root = join(__dirname, '..');

function portFor(app: GatewayAppName): string {
  const own = process.env[`${app.toUpperCase().replace(/-/g, '_')}_PORT`];
  if (own) return own;
  if (app === 'experience-api' && process.env.PORT) return process.env.PORT;
  return String(GATEWAY_APPS[app].port);
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: root,
    env,
    // the IPC channel closes if this launcher dies, and each app then stops itself
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
}

function migrate(): Promise<void> {
  return new Promise((resolve, reject) => {
    run(['scripts/migrate.ts'], process.env).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`migrations exited with ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  await migrate();
  const children = (Object.keys(GATEWAY_APPS) as GatewayAppName[]).map((app) =>
    run([`apps/${app}/src/main.ts`], { ...process.env, PORT: portFor(app) }),
  );
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    process.exitCode = code;
  };
  for (const child of children) child.on('exit', (code) => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  if (!process.env.PSA_BASE_URL)
    await registerPsaWebhook(
      `http://127.0.0.1:${portFor('vendor-sandbox')}`,
      `http://127.0.0.1:${portFor('system-psa')}`,
    ).catch((error: Error) => console.error(`PSA webhooks not registered: ${error.message}`));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
