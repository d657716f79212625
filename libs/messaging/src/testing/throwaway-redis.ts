import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { AddressInfo, createServer } from 'node:net';
import Redis from 'ioredis';
import { waitFor } from '@p2c/testing';

/** A port nothing listens on (at the moment of asking). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A private redis-server for tests that need a Redis configured differently from the shared one,
 * or one that comes and goes. Keeps nothing on disk.
 */
export class ThrowawayRedis {
  private process?: ChildProcess;

  constructor(
    readonly port: number,
    private readonly evictionPolicy = 'noeviction',
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--maxmemory-policy',
        this.evictionPolicy,
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    const probe = new Redis(this.url, { retryStrategy: () => 50 });
    probe.on('error', () => undefined);
    try {
      await waitFor(() => probe.status === 'ready', { what: `redis-server on port ${this.port}` });
    } finally {
      probe.disconnect();
    }
    return this;
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
}
