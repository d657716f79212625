import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { CLS_ID, ClsServiceManager } from 'nestjs-cls';

export const CORRELATION_HEADER = 'x-correlation-id';

const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's id when it is safe to log and forward, a fresh one otherwise. */
export function acceptCorrelationId(candidate: unknown): string {
  return typeof candidate === 'string' && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
}

/** The id the request was given on arrival (see registerCorrelationHooks). */
export function correlationIdOf(request: { headers: IncomingHttpHeaders }): string {
  return acceptCorrelationId(request.headers[CORRELATION_HEADER]);
}

/** The correlation id of the request or job being handled, if any. */
export function currentCorrelationId(): string | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? cls.getId() : undefined;
}

/** Runs work (a job, a scheduled sweep) under a correlation id, as a request would. */
export function runWithCorrelationId<T>(correlationId: string | undefined, work: () => T): T {
  const cls = ClsServiceManager.getClsService();
  return cls.run(() => {
    cls.set(CLS_ID, acceptCorrelationId(correlationId));
    return work();
  });
}
