import { Controller, HttpCode, Module, Param, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import {
  ApiClient,
  ApiClientsModule,
  InjectApiClient,
  apiClientsConfigShapeFor,
  unwrap,
} from '@p2c/clients';
import { GatewayModule, createHttpApp, parseConfig } from '@p2c/platform';
import { Role, jwtConfigShape, securityDevSecrets, signAccessToken } from '@p2c/security';
import { TestIdentityProvider } from '@p2c/testbed';
import { OnboardingTestBed } from './testing/onboarding-test-bed';

/** Stands for the experience API: a user's request that it passes on to process-onboarding. */
@Controller('for-user')
class OnboardForUserController {
  constructor(
    @InjectApiClient('process-onboarding')
    private readonly onboarding: ApiClient<'process-onboarding'>,
  ) {}

  @Post('onboardings/:opportunity')
  @HttpCode(202)
  start(@Param('opportunity') opportunity: string): Promise<{ id: string }> {
    return unwrap(this.onboarding.POST('/onboardings', { body: { opportunity } }));
  }
}

describe('the gateway with user tokens from an identity provider (RS256 from a JWKS)', () => {
  let idp: TestIdentityProvider;
  let bed: OnboardingTestBed;
  let experience: NestFastifyApplication;

  beforeAll(async () => {
    idp = await TestIdentityProvider.start();
    bed = await OnboardingTestBed.start({ tier: { identityProvider: idp } });
    await bed.app!.listen(0, '127.0.0.1');
    const { port } = bed.app!.getHttpServer().address() as { port: number };

    @Module({
      imports: [
        GatewayModule.forRoot({
          app: 'experience-api',
          config: apiClientsConfigShapeFor(['process-onboarding']),
          env: { ...bed.tier.env, PROCESS_ONBOARDING_URL: `http://127.0.0.1:${port}` },
        }),
        ApiClientsModule.forRoot({ caller: 'experience-api', apps: ['process-onboarding'] }),
      ],
      controllers: [OnboardForUserController],
    })
    class ExperienceProbeModule {}

    experience = await createHttpApp(ExperienceProbeModule, 'experience-api');
    await experience.init();
    await experience.getHttpAdapter().getInstance().ready();
  }, 90_000);

  afterAll(async () => {
    await experience?.close();
    await bed?.close();
    await idp?.close();
  });

  it('onboards won deals: process-onboarding calls the CRM, PSA and ERP system APIs with its service tokens', async () => {
    const onboarding = await bed.waitForStatus('006NW000101', 'completed', 60_000);
    const view = await bed.get(`/onboardings/${onboarding.id}`).expect(200);
    expect(view.body).toMatchObject({ status: 'COMPLETED' });
    expect(await bed.records('erp', 'job', { externalId: onboarding.projectId })).toHaveLength(1);
  }, 90_000);

  it('refuses user tokens of the development secret once the identity provider signs them', async () => {
    const devToken = signAccessToken(
      parseConfig(jwtConfigShape, { NODE_ENV: 'test' }, securityDevSecrets),
      { subject: 'onboarding-test', roles: [Role.Admin], ttlSeconds: 60 },
    );
    const response = await bed.get('/onboardings', devToken);
    expect(response.status).toBe(401);
  });

  it('audits the user an experience call was made for, not the calling app', async () => {
    const ana = idp.token({ subject: 'ana', roles: [Role.Finance], ttlSeconds: 300 });
    const answer = await request(experience.getHttpServer())
      .post('/for-user/onboardings/006NW000102')
      .set('authorization', `Bearer ${ana}`);
    expect(answer.status).toBe(202);
    const audited: { actor: string }[] = await bed.database.query(
      `SELECT actor FROM audit_log WHERE action = 'onboarding.start' AND subject_id = $1`,
      [answer.body.id],
    );
    expect(audited).toEqual([{ actor: 'ana' }]);
  });
});
