import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createSecurityTestApp, devSecurityConfig } from '../testing/security-test-app';
import { PSA_SIGNATURE_HEADER, signPsaWebhook } from './psa-signature';
import { PsaWebhook } from './psa-webhook.decorator';

const received: unknown[] = [];

@Controller('webhooks/psa')
class PsaWebhookController {
  @Post()
  @HttpCode(204)
  @PsaWebhook()
  receive(@Body() event: unknown): void {
    received.push(event);
  }
}

describe('@PsaWebhook() endpoints', () => {
  let app: NestFastifyApplication;
  const secret = devSecurityConfig().PSA_WEBHOOK_SECRET;
  const now = () => Math.floor(Date.now() / 1000);
  // Whitespace and key order matter: the signature covers the bytes, not the parsed JSON.
  const body = '{ "event": "time_entry.approved",  "id": "te-1" }';
  const deliver = (rawBody: string, signature?: string) => {
    const call = request(app.getHttpServer())
      .post('/webhooks/psa')
      .set('content-type', 'application/json');
    return (signature === undefined ? call : call.set(PSA_SIGNATURE_HEADER, signature)).send(
      rawBody,
    );
  };

  const expectRefused = async (rawBody: string, signature?: string) => {
    const response = await deliver(rawBody, signature);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'INVALID_WEBHOOK_SIGNATURE' });
  };

  beforeAll(async () => {
    app = await createSecurityTestApp({ controllers: [PsaWebhookController] });
  });

  beforeEach(() => {
    received.length = 0;
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets a delivery signed over its raw body in, without a bearer token', async () => {
    const response = await deliver(body, signPsaWebhook(secret, body, now()));
    expect(response.status).toBe(204);
    expect(received).toEqual([{ event: 'time_entry.approved', id: 'te-1' }]);
  });

  it('refuses a tampered body', () =>
    expectRefused(body.replace('te-1', 'te-2'), signPsaWebhook(secret, body, now())));

  it('refuses a signature made with another secret', () =>
    expectRefused(body, signPsaWebhook('not-the-configured-secret', body, now())));

  it('refuses a signature older than 300 seconds', () =>
    expectRefused(body, signPsaWebhook(secret, body, now() - 301)));

  it('refuses a malformed or missing signature header', async () => {
    await expectRefused(body, 'sha256=deadbeef');
    await expectRefused(body);
    expect(received).toEqual([]);
  });
});
