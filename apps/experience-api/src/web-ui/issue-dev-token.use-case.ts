import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Role, jwtKeyOf, readSecurityConfig, signAccessToken } from '@p2c/security';
import { DevTokenRequestDto } from './dto/dev-token-request.dto';
import { DevTokenDto } from './dto/dev-token.dto';

/** What a development token lives for: a working day at the workbench. */
const DEV_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/**
 * Signs a user token for the workbench's development sign-in, as `npm run token` does. In
 * production, and wherever user tokens come from an identity provider (RS256), the route answers
 * as one that does not exist: 404, nothing signed.
 */
@Injectable()
export class IssueDevTokenUseCase {
  private readonly offered: boolean;

  constructor(private readonly config: ConfigService) {
    this.offered =
      config.getOrThrow<string>('NODE_ENV') !== 'production' &&
      jwtKeyOf(readSecurityConfig(config)).kind === 'secret';
  }

  execute(request: DevTokenRequestDto, route: string): DevTokenDto {
    if (!this.offered) throw new NotFoundException(`Cannot POST ${route}`);
    const subject =
      request.subject ??
      (request.role === Role.Partner ? `partner-${request.partnerId}` : `dev-${request.role}`);
    const token = signAccessToken(readSecurityConfig(this.config), {
      subject,
      roles: [request.role],
      partnerId: request.role === Role.Partner ? request.partnerId : undefined,
      ttlSeconds: DEV_TOKEN_TTL_SECONDS,
    });
    return { token, subject, expiresIn: DEV_TOKEN_TTL_SECONDS };
  }
}
