import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { AuthenticatedPrincipal } from './authenticated-principal';

/** The handler parameter that receives the request's verified caller. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedPrincipal | undefined =>
    context.switchToHttp().getRequest<{ user?: AuthenticatedPrincipal }>().user,
);
