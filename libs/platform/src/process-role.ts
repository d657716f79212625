import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ProblemException } from './http/problem.exception';

/**
 * How a process app runs: `api` answers HTTP and starts no workers, `worker` runs its workers
 * and schedulers and answers only health and metrics, `all` does both (the default, and what
 * `npm start` runs). Workers scale out by running more `worker` replicas on the same Redis and
 * Postgres.
 */
export const processRoleConfigShape = {
  PROCESS_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
};

export type ProcessRole = z.infer<(typeof processRoleConfigShape)['PROCESS_ROLE']>;

export function runsWorkers(role: ProcessRole): boolean {
  return role !== 'api';
}

const ALWAYS_SERVED = /^\/(health\/(live|ready)|metrics)(\?|$)/;

/** In the worker role, every route but the probes answers 404 (the API lives on `api` replicas). */
export function restrictToProbesInWorkerRole(fastify: FastifyInstance, role: ProcessRole): void {
  if (role !== 'worker') return;
  fastify.addHook('onRequest', async (request) => {
    if (ALWAYS_SERVED.test(request.url)) return;
    throw new ProblemException(
      404,
      'NOT_FOUND',
      'This replica runs workers only (PROCESS_ROLE=worker); send API calls to an api replica.',
    );
  });
}
