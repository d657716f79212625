import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CLS_ID, ClsServiceManager } from 'nestjs-cls';
// nestjs-pino's own per-request store: what its Logger writes through while a request runs
import { Store, storage } from 'nestjs-pino/storage';
import type { Logger } from 'pino';

/** Probes and the scraper: answered, never logged line by line. */
const QUIET_PATHS: ReadonlySet<string> = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * Every request runs from its first hook on with its correlation id in CLS (`request.id`, see
 * registerCorrelationHooks) and its app's logger as nestjs-pino's logger, so every line it logs
 * carries the id and the app. One Fastify hook does what Nest middleware (CLS, pino-http) did, and
 * the line for the answered request is built only when the level writes it: nothing is
 * serialised or redacted per request for a level that drops it.
 */
export function registerRequestContext(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    ClsServiceManager.getClsService().runWith({ [CLS_ID]: request.id }, () =>
      storage.run(new Store(logger), done),
    );
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('info') && !QUIET_PATHS.has(request.routeOptions.url ?? ''))
      logAnswered(logger, request, reply);
    done();
  });
}

function logAnswered(log: Logger, request: FastifyRequest, reply: FastifyReply): void {
  const failed = reply.statusCode >= 500;
  log.info(
    {
      correlationId: request.id,
      reqId: request.id,
      req: {
        id: request.id,
        method: request.method,
        url: request.url,
        query: request.query,
        headers: request.headers,
        remoteAddress: request.socket.remoteAddress,
        remotePort: request.socket.remotePort,
      },
      res: { statusCode: reply.statusCode, headers: reply.getHeaders() },
      ...(failed && { err: new Error(`failed with status code ${reply.statusCode}`) }),
      responseTime: Math.round(reply.elapsedTime),
    },
    failed ? 'request errored' : 'request completed',
  );
}
