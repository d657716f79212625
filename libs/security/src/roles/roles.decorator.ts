import { SetMetadata } from '@nestjs/common';
import { Role } from './role.enum';

export const REQUIRED_ROLES = 'p2c:requiredRoles';

/** Lets a caller in when it holds at least one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, roles);
