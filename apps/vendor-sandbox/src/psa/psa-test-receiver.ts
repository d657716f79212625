import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** how this delivery was answered */
  status: number;
}

/** Decides the status for a delivery, given how many times this body has arrived before. */
export type WebhookAnswer = (rawBody: string, earlierArrivals: number) => number | Promise<number>;

/** A webhook target on a free loopback port that records every delivery it gets. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly arrivals = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    private readonly answer: WebhookAnswer,
  ) {}

  static async start(answer: WebhookAnswer = () => 200): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server, answer);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const earlier = receiver.arrivals.get(rawBody) ?? 0;
        receiver.arrivals.set(rawBody, earlier + 1);
        void Promise.resolve(receiver.answer(rawBody, earlier)).then((status) => {
          receiver.received.push({ headers: request.headers, rawBody, status });
          response.writeHead(status).end();
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/webhooks/psa`;
  }

  /** The events delivered with a 2xx answer. */
  accepted(): Record<string, unknown>[] {
    return this.received
      .filter((delivery) => delivery.status < 300)
      .map((delivery) => JSON.parse(delivery.rawBody) as Record<string, unknown>);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
