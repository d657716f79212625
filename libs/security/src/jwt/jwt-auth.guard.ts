import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { NotBeforeError, TokenExpiredError } from 'jsonwebtoken';
import { ClsServiceManager } from 'nestjs-cls';
import { ExtractJwt } from 'passport-jwt';
import { ACTING_USER } from '../acting-user/current-acting-user';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { IS_PUBLIC } from '../public.decorator';
import { Role } from '../roles/role.enum';
import { SecurityErrorCode, SecurityException } from '../security.exception';
import { JWT_STRATEGY } from './jwt.strategy';
import { VerifiedTokens } from './verified-tokens';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedPrincipal };

/**
 * The global guard: every endpoint needs a valid bearer token unless it is `@Public()`. A token
 * seen verified before is taken from VerifiedTokens; any other goes through full verification.
 * A user caller becomes the acting user of the calls the request makes to other apps; a service
 * caller acts for itself (and one acting for a user is not passed on further down).
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard(JWT_STRATEGY) {
  constructor(
    private readonly reflector: Reflector,
    private readonly verified: VerifiedTokens,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    const known = token ? this.verified.principalOf(token) : undefined;
    if (known) return admit(request, known);
    await super.canActivate(context);
    // verified in full: passport put the token's principal on the request
    return admit(request, this.verified.remember(token!, request.user!));
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

function admit(request: AuthenticatedRequest, principal: AuthenticatedPrincipal): true {
  request.user = principal;
  const cls = ClsServiceManager.getClsService();
  if (!principal.roles.includes(Role.Service) && cls.isActive())
    cls.set(ACTING_USER, principal.subject);
  return true;
}
