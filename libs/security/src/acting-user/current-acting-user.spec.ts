import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { Public } from '../public.decorator';
import { signServiceToken } from '../jwt/sign-service-token';
import { createSecurityTestApp, devSecurityConfig, devToken } from '../testing/security-test-app';
import { currentActingUser } from './current-acting-user';

@Controller('acting-user')
class ActingUserController {
  @Get()
  actingUser(): { actingUser: string | null } {
    return { actingUser: currentActingUser() ?? null };
  }

  @Public()
  @Get('public')
  open(): { actingUser: string | null } {
    return { actingUser: currentActingUser() ?? null };
  }
}

describe('the acting user of a request', () => {
  let app: NestFastifyApplication;
  const actingUser = async (path: string, token?: string) => {
    const call = request(app.getHttpServer()).get(path);
    const response = await (token ? call.set('Authorization', `Bearer ${token}`) : call);
    expect(response.status).toBe(200);
    return response.body.actingUser;
  };
  const serviceToken = (actor?: string) =>
    signServiceToken(devSecurityConfig(), { subject: 'experience-api', actor, ttlSeconds: 60 });

  beforeAll(async () => {
    app = await createSecurityTestApp({ controllers: [ActingUserController] });
  });

  afterAll(async () => {
    await app.close();
  });

  it('is the subject of a user token, for the calls the request makes', async () => {
    expect(await actingUser('/acting-user', devToken({ sub: 'ana', roles: ['finance'] }))).toBe(
      'ana',
    );
    expect(await actingUser('/acting-user', devToken({ sub: 'bob', roles: ['admin'] }))).toBe(
      'bob',
    );
  });

  it('is nobody for a service caller, even one acting for a user, and without a token', async () => {
    expect(await actingUser('/acting-user', serviceToken())).toBeNull();
    expect(await actingUser('/acting-user', serviceToken('ana'))).toBeNull();
    expect(await actingUser('/acting-user/public')).toBeNull();
  });
});
