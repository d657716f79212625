import { HttpAnswer, call } from '../testing/vendor-http';
import { RunningSandbox, quietNorthwind, startSandbox } from '../testing/sandbox-test-app';

export type SandboxResponse<T = Record<string, unknown>> = HttpAnswer<T>;

/**
 * The sandbox app for the PSA's HTTP tests: `psa()` calls the vendor API with the PSA's bearer
 * token (or the one given), `admin()` the admin API; `reset()` brings back quiet Northwind.
 */
export class PsaSandbox {
  private constructor(private readonly running: RunningSandbox) {}

  static async start(): Promise<PsaSandbox> {
    return new PsaSandbox(await startSandbox());
  }

  get url(): string {
    return this.running.url;
  }

  get world() {
    return this.running.worlds.current;
  }

  async reset(): Promise<void> {
    const { status } = await this.admin('POST', '/__sandbox/reset', quietNorthwind());
    if (status !== 200) throw new Error(`reset answered ${status}`);
  }

  psa<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<SandboxResponse<T>> {
    return call<T>(this.url, `/psa/api/v1/${path}`, 'psa', { method, body, token });
  }

  admin<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<SandboxResponse<T>> {
    return call<T>(this.url, path, 'admin', { method, body });
  }

  close(): Promise<void> {
    return this.running.close();
  }
}
