import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from './free-port';
import { waitFor } from './wait-for';

/**
 * A Redis server of its own (the machine's `redis-server`, noeviction as the gateway requires
 * unless told otherwise, an append-only file synced every second as production runs it) for
 * what must not touch the shared one: a FLUSHALL or a crash mid-run, another configuration.
 */
export class RedisServer {
  private child?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly evictionPolicy: string,
  ) {}

  static async start(evictionPolicy = 'noeviction'): Promise<RedisServer> {
    const dir = await mkdtemp(join(tmpdir(), 'p2c-redis-'));
    const server = new RedisServer(await freePort(), dir, evictionPolicy);
    await server.up();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Drops every key, as an operator's FLUSHALL would. */
  async flushAll(): Promise<void> {
    const client = new Redis(this.url, { lazyConnect: true });
    try {
      await client.connect();
      await client.flushall();
    } finally {
      client.disconnect();
    }
  }

  /**
   * Kills the server (what it had not yet synced to its file, up to a second of writes, is lost),
   * leaves it down `downMs`, then starts it again from its file.
   */
  async restart(downMs: number): Promise<void> {
    await this.kill();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    await this.up();
  }

  async stop(): Promise<void> {
    await this.kill();
    await rm(this.dir, { recursive: true, force: true });
  }

  private async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  private async up(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--maxmemory-policy',
        this.evictionPolicy,
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      async () => {
        const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
        client.on('error', () => undefined);
        try {
          await client.connect();
          return (await client.ping()) === 'PONG';
        } finally {
          client.disconnect();
        }
      },
      { what: `redis-server on port ${this.port} to answer` },
    );
  }
}
