import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from './role.enum';
import { Roles } from './roles.decorator';

/**
 * A system API controller: its operations listed under `tag`, called with a bearer token of a
 * service (or an admin).
 */
export const ServiceApi = (tag: string): ClassDecorator =>
  applyDecorators(ApiTags(tag), ApiBearerAuth(), Roles(Role.Service, Role.Admin));
