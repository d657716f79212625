import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from './jwt/jwt-auth.guard';
import { JwtStrategy } from './jwt/jwt.strategy';
import { VerifiedTokens } from './jwt/verified-tokens';
import { RolesGuard } from './roles/roles.guard';

/**
 * Bearer-token authentication for every endpoint (opt out with `@Public()`), then `@Roles(...)`;
 * a user caller is recorded as the acting user of the calls the request makes to other apps
 * (by the auth guard, so no interceptor runs on every request).
 * Needs the app's config to include `securityConfigShape`.
 */
@Module({})
export class SecurityModule {
  static forRoot(): DynamicModule {
    return {
      module: SecurityModule,
      // one memory of verified tokens for every JwtAuthGuard, the global one and any a module
      // provides for routes of its own (the queue board)
      global: true,
      imports: [PassportModule],
      providers: [
        JwtStrategy,
        VerifiedTokens,
        // APP_GUARDs run in the order they are provided: authenticate first, then check roles.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
      exports: [VerifiedTokens],
    };
  }
}
