import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { Observable, catchError, finalize, from, mergeMap, of, throwError } from 'rxjs';
import type { AuthenticatedPrincipal } from '../authenticated-principal';
import { ClaimHeartbeat } from './claim-heartbeat';
import { IdempotencyErrorCode, IdempotencyException } from './idempotency.exception';
import { IdempotencyStore, StoredResponse } from './idempotency.store';
import { replayableHeaders } from './replayable-headers';
import { requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
export const ANONYMOUS_SCOPE = 'anonymous';

/** Printable ASCII without spaces (a UUID fits), at most 255 characters. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/** Waits between tries to store a response, so a Postgres blip does not lose it. */
const STORE_RETRY_DELAYS_MS = [100, 300, 900];

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

  constructor(
    private readonly store: IdempotencyStore,
    private readonly heartbeat: ClaimHeartbeat,
  ) {}

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
        void reply
          .headers(claim.response.headers)
          .status(claim.response.status)
          .header(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return of(claim.response.body);
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
    const stopHeartbeat = this.heartbeat.start(scope, key, claimToken);
    return next.handle().pipe(
      catchError((error: unknown) => {
        stopHeartbeat();
        return from(this.release(scope, key, claimToken)).pipe(
          mergeMap(() => throwError(() => error)),
        );
      }),
      mergeMap(async (body: unknown) => {
        const response = { status: reply.statusCode, headers: replayableHeaders(reply), body };
        await this.storeResponse(scope, key, claimToken, response);
        return body;
      }),
      finalize(stopHeartbeat),
    );
  }

  private async release(scope: string, key: string, claimToken: string): Promise<void> {
    try {
      await this.store.release(scope, key, claimToken);
    } catch (error) {
      this.logger.error({ err: error }, 'could not release an idempotency key');
    }
  }

  /**
   * Stores the response, trying again after a failure while the heartbeat keeps the claim; if every
   * try fails the caller still gets the response, and the key frees when its lease ends, so a retry
   * after that runs the handler again.
   */
  private async storeResponse(
    scope: string,
    key: string,
    claimToken: string,
    response: StoredResponse,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.store.complete(scope, key, claimToken, response);
      } catch (error) {
        if (attempt === STORE_RETRY_DELAYS_MS.length) {
          this.logger.error(
            { err: error, scope, key },
            'could not store the response of an idempotent request',
          );
          return;
        }
        await sleep(STORE_RETRY_DELAYS_MS[attempt]);
      }
    }
  }
}
