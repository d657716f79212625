import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { rssMbOf } from './process-rss';

const ROOT = join(__dirname, '../../..');

/**
 * A process app started as production starts it (`apps/<app>/src/main.ts`) in a child process
 * with `PROCESS_ROLE=worker`: what a test kills with SIGKILL mid-flow. Its log lines go to
 * `logFile`.
 */
export class WorkerProcess {
  private constructor(private readonly child: ChildProcess) {}

  static start(
    app: 'process-time' | 'process-billing' | 'process-onboarding' | 'process-forecast',
    env: Record<string, string>,
    logFile: string,
  ): WorkerProcess {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
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
