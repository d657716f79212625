import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, catchError, from, mergeMap, of, throwError } from 'rxjs';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { IdempotencyErrorCode, IdempotencyException } from './idempotency.exception';
import { IdempotencyStore } from './idempotency.store';
import { requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const ANONYMOUS_SCOPE = 'anonymous';

/** Printable ASCII without spaces (a UUID fits), at most 255 characters. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers[IDEMPOTENCY_KEY_HEADER];
  if (header === undefined) return undefined;
  if (typeof header === 'string' && VALID_KEY.test(header)) return header;
  throw new IdempotencyException(
    IdempotencyErrorCode.InvalidKey,
    'The Idempotency-Key header must be 1 to 255 printable ASCII characters without spaces.',
  );
}

/**
 * Runs inside the guards (so only authenticated callers reach it) and around the pipes and handler:
 * a claimed key whose request then fails, validation included, is released and stores nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(private readonly store: IdempotencyStore) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthenticatedPrincipal }>();
    const reply = http.getResponse<FastifyReply>();
    const key = idempotencyKeyOf(request);
    if (key === undefined) return next.handle();

    const scope = request.user?.subject ?? ANONYMOUS_SCOPE;
    const fingerprint = requestFingerprint(request.method, request.url, request.body);
    const claim = await this.store.claim(scope, key, fingerprint);
    switch (claim.outcome) {
      case 'replay':
        void reply.status(claim.status).header(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return of(claim.body);
      case 'reused':
        throw new IdempotencyException(
          IdempotencyErrorCode.KeyReused,
          'This Idempotency-Key was already used with a different request.',
        );
      case 'in-flight':
        throw new IdempotencyException(
          IdempotencyErrorCode.KeyInUse,
          'A request with this Idempotency-Key is still in progress; retry later.',
        );
    }

    const { claimToken } = claim;
    return next.handle().pipe(
      catchError((error: unknown) =>
        from(
          this.store.release(scope, key, claimToken).catch((releaseError: unknown) => {
            this.logger.error({ err: releaseError }, 'could not release an idempotency key');
          }),
        ).pipe(mergeMap(() => throwError(() => error))),
      ),
      // A failure to store leaves the claim in flight until its lease ends: never run twice.
      mergeMap(async (body: unknown) => {
        await this.store.complete(scope, key, claimToken, reply.statusCode, body);
        return body;
      }),
    );
  }
}
