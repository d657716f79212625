import { Controller, Get, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { Public } from '@p2c/security';
import { baseConfigShape } from './config/parse-config';
import { portShape } from './gateway.module';
import { createHttpApp } from './http/create-http-app';
import { PlatformModule } from './platform.module';
import { ProcessRole, processRoleConfigShape, runsWorkers } from './process-role';

@Public()
@Controller('onboardings')
class OnboardingsController {
  @Get()
  list() {
    return { items: [] };
  }
}

async function appIn(role: ProcessRole): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        app: 'process-onboarding',
        config: {
          ...baseConfigShape,
          ...portShape('process-onboarding'),
          ...processRoleConfigShape,
        },
        env: { PROCESS_ROLE: role, LOG_LEVEL: 'silent' },
      }),
    ],
    controllers: [OnboardingsController],
  })
  class RoleTestModule {}
  const app = await createHttpApp(RoleTestModule, 'process-onboarding');
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('PROCESS_ROLE', () => {
  it('serves the API in the api and all roles', async () => {
    for (const role of ['api', 'all'] as const) {
      const app = await appIn(role);
      await request(app.getHttpServer()).get('/onboardings').expect(200);
      await app.close();
    }
  });

  it('answers only the probes in the worker role', async () => {
    const app = await appIn('worker');
    const res = await request(app.getHttpServer()).get('/onboardings').expect(404);
    expect(res.body).toMatchObject({
      code: 'NOT_FOUND',
      detail: expect.stringMatching(/PROCESS_ROLE=worker/),
    });
    await request(app.getHttpServer()).get('/health/live').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(200);
    await app.close();
  });

  it('starts workers in the worker and all roles only', () => {
    expect([runsWorkers('all'), runsWorkers('worker'), runsWorkers('api')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
