import { Injectable, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PlatformModule, baseConfigShape, createHttpApp } from '@p2c/platform';
import { testRedisPrefix } from '@p2c/testing';
import { FakeVendor } from './test/fake-vendor';
import { VendorCircuitReadiness } from './vendor-circuit.readiness';
import { InjectVendorClient } from './vendor-client.token';
import { vendorHttpConfigShapeFor, vendorHttpDevSecrets } from './vendor-http-config';
import { VendorHttpClient } from './vendor-http.client';
import { VendorHttpErrorKind } from './vendor-http.exception';
import { VendorHttpModule } from './vendor-http.module';

@Injectable()
class ErpConsumer {
  constructor(@InjectVendorClient('erp') readonly erp: VendorHttpClient) {}
}

/** A system-erp app with only the platform and the ERP's vendor client. */
async function systemErpApp(env: Record<string, string>): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        app: 'system-erp',
        config: { ...baseConfigShape, ...vendorHttpConfigShapeFor(['erp']) },
        devSecrets: vendorHttpDevSecrets,
        readiness: [VendorCircuitReadiness],
        env: {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          REDIS_PREFIX: testRedisPrefix(),
          ERP_MAX_RETRIES: '0',
          ...env,
        },
      }),
      VendorHttpModule.forRoot(['erp']),
    ],
    providers: [ErpConsumer],
  })
  class SystemErpTestModule {}
  const app = await createHttpApp(SystemErpTestModule, 'system-erp');
  await app.init();
  return app;
}

describe('VendorHttpModule in an app', () => {
  let vendor: FakeVendor;
  let app: NestFastifyApplication;
  let replica: NestFastifyApplication;
  let erp: VendorHttpClient;

  const ready = (of = app) => of.getHttpAdapter().getInstance().inject({ url: '/health/ready' });

  beforeAll(async () => {
    vendor = await FakeVendor.start();
    const env = {
      REDIS_PREFIX: testRedisPrefix(),
      ERP_BASE_URL: `${vendor.origin}/erp/services/rest`,
      VENDOR_BREAKER_THRESHOLD: '2',
      VENDOR_BREAKER_HALF_OPEN_AFTER_MS: '60000',
    };
    // two replicas of the app, sharing the vendor's limits through Redis
    app = await systemErpApp(env);
    replica = await systemErpApp(env);
    erp = app.get(ErpConsumer).erp;
  });

  afterAll(async () => {
    await app.close();
    await replica.close();
    await vendor.close();
  });

  it('injects a client built from config that authenticates with the dev token', async () => {
    vendor.script({ status: 200, body: { count: 0, items: [] } });
    const response = await erp.request({ method: 'GET', path: '/record/v1/subsidiary' });
    expect(response.body).toEqual({ count: 0, items: [] });
    expect(vendor.calls[0].url).toBe('/erp/services/rest/record/v1/subsidiary');
    expect(vendor.calls[0].headers.authorization).toBe('Bearer erp-dev-token');
  });

  it("reports ready while the vendor's circuit is closed, and names the vendor once it opens", async () => {
    const before = await ready();
    expect(before.statusCode).toBe(200);
    expect(before.json().details['vendor-erp']).toEqual({ status: 'up', circuit: 'closed' });

    vendor.script({ status: 502 });
    for (let i = 0; i < 2; i++)
      await expect(erp.request({ method: 'GET', path: '/record/v1/job/1' })).rejects.toMatchObject({
        kind: VendorHttpErrorKind.UNAVAILABLE,
      });
    expect(await erp.circuitState()).toBe('open');

    const after = await ready();
    expect(after.statusCode).toBe(503);
    expect(after.json().detail).toBe('Not ready: vendor-erp unavailable.');

    // the other replica never called the vendor, and finds its circuit open all the same
    const calls = vendor.calls.length;
    const elsewhere = await ready(replica);
    expect(elsewhere.statusCode).toBe(503);
    await expect(
      replica.get(ErpConsumer).erp.request({ method: 'GET', path: '/record/v1/job/1' }),
    ).rejects.toThrow(/circuit open/);
    expect(vendor.calls).toHaveLength(calls);
  });

  it('closes the clients when the app shuts down', async () => {
    const shortLived = await systemErpApp({ ERP_BASE_URL: vendor.origin });
    const client = shortLived.get(ErpConsumer).erp;
    await shortLived.close();
    vendor.script({ status: 200, body: {} });
    await expect(client.request({ method: 'GET', path: '/x' })).rejects.toMatchObject({
      kind: VendorHttpErrorKind.UNAVAILABLE,
      mayHaveTakenEffect: false,
    });
    expect(vendor.calls).toHaveLength(0);
  });
});
