import { parseConfig } from '@p2c/platform';
import { Role, jwtConfigShape, securityDevSecrets, signAccessToken } from '@p2c/security';
import { TestIdentityProvider } from '@p2c/testbed';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import { TimeTestBed } from '../testing/time-test-bed';

describe('time posting with user tokens from an identity provider (RS256 from a JWKS)', () => {
  let idp: TestIdentityProvider;
  let bed: TimeTestBed;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    bed = await TimeTestBed.start({ identityProvider: idp });
  }, 120_000);

  afterAll(async () => {
    await bed?.close();
    await idp?.close();
  });

  it('posts approved time: process-time reads the PSA and HCM and writes the ERP with its service tokens', async () => {
    const [id] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1003', date: '2026-11-10', hours: 4 },
    ]);
    await bed.approve([id]);
    await bed.get(SweepApprovedUseCase).execute();
    expect((await bed.settled([id])).get(id)).toBe('posted');
    const { items } = await bed.admin<{ items: unknown[] }>(
      `/state/erp/timeBill?externalId=psa-time-${id}`,
    );
    expect(items).toHaveLength(1);
    // read with a finance user's token of the identity provider; the development key is refused
    await bed.api('get', `/postings/psa-time-${id}`).expect(200);
    const devToken = signAccessToken(
      parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets),
      { subject: 'finance-analyst', roles: [Role.Finance], ttlSeconds: 60 },
    );
    await bed
      .api('get', `/postings/psa-time-${id}`)
      .set('authorization', `Bearer ${devToken}`)
      .expect(401);
  }, 90_000);
});
