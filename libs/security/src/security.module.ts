import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { JwtAuthGuard } from './jwt/jwt-auth.guard';
import { JwtStrategy } from './jwt/jwt.strategy';
import { RolesGuard } from './roles/roles.guard';

/**
 * Bearer-token authentication for every endpoint (opt out with `@Public()`), then `@Roles(...)`.
 * Needs the app's config to include `securityConfigShape`.
 */
@Module({})
export class SecurityModule {
  static forRoot(): DynamicModule {
    return {
      module: SecurityModule,
      imports: [PassportModule],
      providers: [
        JwtStrategy,
        // APP_GUARDs run in the order they are provided: authenticate first, then check roles.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }
}
