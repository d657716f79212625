import { IncomingHttpHeaders, Server, ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived */
  at: number;
}

/** What the fake vendor does with one call: an answer, a handler of its own, or never answer. */
export type FakeAnswer =
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | ((response: ServerResponse) => void)
  | 'hang';

/**
 * A real HTTP server on an ephemeral port standing in for a vendor: it records every call,
 * answers from a script and tracks how many requests it had in flight at once.
 */
export class FakeVendor {
  readonly calls: ReceivedCall[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private answers: FakeAnswer[] = [{ status: 200, body: { ok: true } }];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeVendor> {
    const server = createServer();
    const vendor = new FakeVendor(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        vendor.calls.push({
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: performance.now(),
        });
        vendor.inFlight += 1;
        vendor.maxInFlight = Math.max(vendor.maxInFlight, vendor.inFlight);
        response.on('close', () => (vendor.inFlight -= 1));
        vendor.answer(vendor.calls.length - 1, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return vendor;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Answers the next calls in this order, the last answer for every call after; forgets past calls. */
  script(...answers: FakeAnswer[]): void {
    this.answers = answers;
    this.calls.length = 0;
    this.maxInFlight = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(index: number, response: ServerResponse): void {
    const answer = this.answers[Math.min(index, this.answers.length - 1)];
    if (answer === 'hang') return;
    if (typeof answer === 'function') return answer(response);
    const send = () => {
      const json = answer.body === undefined ? '' : JSON.stringify(answer.body);
      response.writeHead(answer.status, {
        ...(json ? { 'content-type': 'application/json' } : {}),
        ...answer.headers,
      });
      response.end(json);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  }
}
