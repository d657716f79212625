import request from 'supertest';
import { SystemTier } from './system-tier';

describe('the system tier test bed', () => {
  let tier: SystemTier;

  beforeAll(async () => {
    tier = await SystemTier.start();
  }, 60_000);

  afterAll(() => tier?.close());

  it('serves the four system APIs, ready, at the URLs a process app is given', async () => {
    for (const name of ['SYSTEM_CRM_URL', 'SYSTEM_PSA_URL', 'SYSTEM_ERP_URL', 'SYSTEM_HCM_URL']) {
      await request(tier.env[name]).get('/health/ready').expect(200);
    }
  });
});
