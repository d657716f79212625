import type { FastifyInstance } from 'fastify';
import { Histogram, collectDefaultMetrics, register } from 'prom-client';

/** Process metrics, once per process however many apps it hosts (tests host several). */
export function collectProcessMetrics(): void {
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics();
}

function requestDurationHistogram(): Histogram<'method' | 'route' | 'status'> {
  const name = 'http_server_request_duration_seconds';
  const existing = register.getSingleMetric(name);
  if (existing) return existing as Histogram<'method' | 'route' | 'status'>;
  return new Histogram({
    name,
    help: 'Time to answer an HTTP request, by route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
}

/** Times every request by its route template, never its raw URL (ids would explode cardinality). */
export function registerHttpMetrics(fastify: FastifyInstance): void {
  const histogram = requestDurationHistogram();
  fastify.addHook('onResponse', (request, reply, done) => {
    histogram.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
