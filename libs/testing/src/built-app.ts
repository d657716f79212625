import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './free-port';
import { rssMbOf } from './process-rss';
import { waitFor } from './wait-for';

const ROOT = join(__dirname, '../../..');

/**
 * The V8 flags production starts every app with (`npm run start:app`, docker/Dockerfile): 4 MB
 * semi-spaces instead of 16. V8 grows the young generation to three semi-spaces during the
 * allocation burst of boot and keeps it committed while the app idles (about 18 MB of RSS per
 * app); the objects a request allocates fit a 4 MB nursery, at the cost of more frequent,
 * short scavenges under load.
 */
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=4'];

/** `npm run build`: compiles every app into dist/ (incremental, so a fresh dist costs seconds). */
export function buildDist(): void {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/**
 * An app started as production starts it: `node dist/apps/<app>/src/main.js` with
 * PRODUCTION_NODE_FLAGS, compiled JavaScript without a TypeScript loader, on a free port of
 * 127.0.0.1. Its log lines go to `logFile`.
 */
export class BuiltApp {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(app: string, env: Record<string, string>, logFile: string): Promise<BuiltApp> {
    const port = await freePort();
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [...PRODUCTION_NODE_FLAGS, `dist/apps/${app}/src/main.js`],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    return new BuiltApp(child, `http://127.0.0.1:${port}`);
  }

  /** Waits for `/health/ready` to answer 200; fails early when the process exits first. */
  async ready(timeoutMs = 60_000): Promise<void> {
    await waitFor(
      async () => {
        if (this.child.exitCode !== null) throw new Error(`exited with ${this.child.exitCode}`);
        return (await fetch(`${this.url}/health/ready`)).status === 200;
      },
      { timeoutMs, intervalMs: 250, what: `${this.url}/health/ready` },
    );
  }

  /** The process's resident set in MB (Linux /proc). */
  rssMb(): number {
    return rssMbOf(this.child.pid!);
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    return exited;
  }
}
