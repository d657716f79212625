import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { NotBeforeError, TokenExpiredError } from 'jsonwebtoken';
import { ExtractJwt } from 'passport-jwt';
import { IS_PUBLIC } from '../public.decorator';
import { SecurityErrorCode, SecurityException } from '../security.exception';
import { JWT_STRATEGY } from './jwt.strategy';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/** The global guard: every endpoint needs a valid bearer token unless it is `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard(JWT_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<TUser>(
    error: unknown,
    user: TUser | false,
    info: unknown,
    context: ExecutionContext,
  ): TUser {
    if (user && !error) return user;
    if (error instanceof SecurityException) throw error;
    if (!bearerToken(context.switchToHttp().getRequest())) throw SecurityException.missingToken();
    if (info instanceof TokenExpiredError)
      throw new SecurityException(SecurityErrorCode.TokenExpired, 'The bearer token has expired.');
    if (info instanceof NotBeforeError)
      throw new SecurityException(
        SecurityErrorCode.InvalidToken,
        'The bearer token is not valid yet.',
      );
    throw new SecurityException(SecurityErrorCode.InvalidToken, 'The bearer token is not valid.');
  }
}
