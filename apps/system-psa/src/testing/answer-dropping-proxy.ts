import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

interface DropRule {
  method: string;
  path: RegExp;
  remaining: number;
}

/**
 * An HTTP proxy in front of the sandbox that can lose answers: a request matching a rule is
 * forwarded and fully handled by the vendor, then its connection is cut before the answer gets
 * back — a timeout the vendor acted on.
 */
export class AnswerDroppingProxy {
  private server?: Server;
  private readonly rules: DropRule[] = [];
  dropped = 0;

  constructor(private readonly target: string) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.forward(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** The next `times` requests of `method` whose path matches lose their answer. */
  dropAnswers(method: string, path: RegExp, times = 1): void {
    this.rules.push({ method, path, remaining: times });
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && entry[0] !== 'host' && entry[0] !== 'connection',
      ),
    );
    const upstream = await fetch(`${this.target}${request.url}`, {
      method: request.method,
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    const rule = this.rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        candidate.method === request.method &&
        candidate.path.test(request.url ?? ''),
    );
    if (rule) {
      rule.remaining -= 1;
      this.dropped += 1;
      request.socket.destroy();
      return;
    }
    const contentType = upstream.headers.get('content-type');
    response.writeHead(upstream.status, contentType ? { 'content-type': contentType } : {});
    response.end(body);
  }
}
