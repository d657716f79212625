import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { SecurityErrorCode, SecurityException } from '../security.exception';
import { Role } from './role.enum';
import { REQUIRED_ROLES } from './roles.decorator';

/** Runs after the auth guard: an endpoint marked `@Roles(...)` needs one of those roles. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required?.length) return true;
    const principal = context.switchToHttp().getRequest<{ user?: AuthenticatedPrincipal }>().user;
    if (!principal) throw SecurityException.missingToken();
    if (required.some((role) => principal.roles.includes(role))) return true;
    throw new SecurityException(
      SecurityErrorCode.Forbidden,
      `This endpoint needs one of the roles: ${required.join(', ')}.`,
    );
  }
}
