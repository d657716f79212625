import type { FastifyInstance } from 'fastify';
import { CORRELATION_HEADER } from './correlation';

/**
 * The request id Fastify assigned (the caller's X-Correlation-Id when acceptable, see genReqId)
 * replaces the header before anything else reads it, and goes back on the response.
 */
export function registerCorrelationHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    request.headers[CORRELATION_HEADER] = request.id;
    done();
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header(CORRELATION_HEADER, request.headers[CORRELATION_HEADER]);
    done(null, payload);
  });
}
