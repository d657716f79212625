import { Controller, Inject, Logger, Module, OnModuleInit, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { currentCorrelationId } from '@p2c/observability';
import { GatewayModule, createHttpApp } from '@p2c/platform';
import { Public } from '@p2c/security';
import {
  LogCapture,
  TestDatabase,
  createTestDatabase,
  testRedisPrefix,
  waitFor,
} from '@p2c/testing';
import {
  InjectVendorClient,
  VendorHttpClient,
  VendorHttpModule,
  vendorHttpConfigShapeFor,
  vendorHttpDevSecrets,
} from '@p2c/vendor-http';

/** What the job processor saw, for the assertions. */
const processed: { correlationId?: string }[] = [];

@Public()
@Controller('approvals')
class ApprovalsController implements OnModuleInit {
  private readonly logger = new Logger('approvals');

  constructor(
    @InjectVendorClient('erp') private readonly erp: VendorHttpClient,
    @Inject(QueueFactory) private readonly queues: QueueFactory,
  ) {}

  onModuleInit(): void {
    this.queues.worker(QueueName.TimePosting, async () => {
      this.logger.log('posting approved time');
      processed.push({ correlationId: currentCorrelationId() });
    });
  }

  @Post()
  async approve() {
    this.logger.log('approval received');
    await this.erp.request({ method: 'GET', path: '/record/v1/accountingPeriod' });
    await this.queues.enqueue(QueueName.TimePosting, 'post-time-entry', { timeEntryId: 'te-1' });
    return { accepted: true };
  }
}

describe('a correlation id given on a request', () => {
  const logs = new LogCapture();
  const vendorSaw: IncomingHttpHeaders[] = [];
  let vendor: Server;
  let database: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    vendor = createServer((req, res) => {
      vendorSaw.push(req.headers);
      res.setHeader('content-type', 'application/json');
      res.end('{"items":[]}');
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    database = await createTestDatabase();

    @Module({
      imports: [
        GatewayModule.forRoot({
          app: 'process-time',
          config: vendorHttpConfigShapeFor(['erp']),
          devSecrets: vendorHttpDevSecrets,
          env: {
            DATABASE_URL: database.url,
            REDIS_PREFIX: testRedisPrefix(),
            ERP_BASE_URL: `http://127.0.0.1:${(vendor.address() as AddressInfo).port}/erp`,
          },
          logDestination: logs,
        }),
        VendorHttpModule.forRoot(['erp']),
      ],
      controllers: [ApprovalsController],
    })
    class CorrelationTestModule {}

    app = await createHttpApp(CorrelationTestModule, 'process-time');
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => vendor?.close(resolve));
    await database?.drop();
  });

  it('comes back on the response and follows the work into logs, vendor calls and jobs', async () => {
    const id = 'approval-2026-11-20-0042';
    const res = await request(app.getHttpServer())
      .post('/approvals')
      .set('x-correlation-id', id)
      .expect(201);

    expect(res.headers['x-correlation-id']).toBe(id);
    expect(logs.find((line) => line.msg === 'approval received')?.correlationId).toBe(id);
    expect(vendorSaw.map((headers) => headers['x-correlation-id'])).toEqual([id]);

    await waitFor(() => processed.length === 1, { what: 'the job to run' });
    expect(processed[0].correlationId).toBe(id);
    await waitFor(() => logs.find((line) => line.msg === 'posting approved time'));
    expect(logs.find((line) => line.msg === 'posting approved time')?.correlationId).toBe(id);
  });
});
