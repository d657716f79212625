import { Injectable } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemDetailsFilter } from '@p2c/platform';
import { JwtAuthGuard, Role, Roles, RolesGuard } from '@p2c/security';
import { boardSessionToken } from './board-session-cookie';

/** What the board's routes require, read by the gateway's guards as they read a controller's. */
@Roles(Role.Admin)
class QueuesBoardRoutes {
  serve(): void {}
}

/**
 * The board's HTML, assets and API are a Fastify plugin, out of reach of Nest's global guards:
 * this onRequest hook runs the same guards on them (the bearer token verified exactly as on every
 * endpoint, then the admin role) and answers a refusal with the same problem+json filter. A
 * browser without an Authorization header is let in by the board's session cookie, which holds
 * its token and is verified the same way.
 */
@Injectable()
export class QueuesBoardAccess {
  private readonly problems = new ProblemDetailsFilter();

  constructor(
    private readonly authentication: JwtAuthGuard,
    private readonly authorization: RolesGuard,
  ) {}

  readonly onRequest = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> => {
    const context = new ExecutionContextHost(
      [request, reply],
      QueuesBoardRoutes,
      QueuesBoardRoutes.prototype.serve,
    );
    const sessionToken = boardSessionToken(request);
    if (!request.headers.authorization && sessionToken)
      request.headers.authorization = `Bearer ${sessionToken}`;
    try {
      await this.authentication.canActivate(context);
      this.authorization.canActivate(context);
      return undefined;
    } catch (error) {
      this.problems.catch(error, context);
      return reply;
    }
  };
}
