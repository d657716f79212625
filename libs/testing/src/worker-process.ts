import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { PRODUCTION_NODE_FLAGS } from './built-app';
import { rssMbOf } from './process-rss';

const ROOT = join(__dirname, '../../..');

/**
 * A process app started from its entry point (`apps/<app>/src/main.ts`, or with `built` the
 * compiled `dist/apps/<app>/src/main.js` with PRODUCTION_NODE_FLAGS, as production runs it; see
 * buildDist) in a child process with `PROCESS_ROLE=worker`: what a test kills with SIGKILL
 * mid-flow. Its log lines go to `logFile`.
 */
export class WorkerProcess {
  private constructor(private readonly child: ChildProcess) {}

  static start(
    app: 'process-time' | 'process-billing' | 'process-onboarding' | 'process-forecast',
    env: Record<string, string>,
    logFile: string,
    { built = false } = {},
  ): WorkerProcess {
    const log = createWriteStream(logFile, { flags: 'a' });
    const entry = built
      ? [...PRODUCTION_NODE_FLAGS, `dist/apps/${app}/src/main.js`]
      : ['-r', '@swc-node/register', `apps/${app}/src/main.ts`];
    const child = spawn(process.execPath, entry, {
      cwd: ROOT,
      env: { ...process.env, ...env, PROCESS_ROLE: 'worker', PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    return new WorkerProcess(child);
  }

  /** Its resident set in MB, while it runs. */
  rssMb(): number {
    return rssMbOf(this.child.pid!);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills it without any chance to clean up (no shutdown hooks, no lease released). */
  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return Promise.resolve();
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill(signal);
    return exited;
  }
}
