import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, tap } from 'rxjs';
import { boardSessionCookie } from './board-session-cookie';

/**
 * Sets the board's session cookie from the request's verified bearer token. It wraps the
 * idempotency interceptor, so an answer replayed for a retried key carries the cookie too.
 */
@Injectable()
export class BoardSessionCookieInterceptor implements NestInterceptor {
  private readonly maxAgeSeconds: number;

  constructor(config: ConfigService) {
    this.maxAgeSeconds = config.getOrThrow<number>('QUEUES_BOARD_SESSION_SECONDS');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const token = http.getRequest<FastifyRequest>().headers.authorization?.replace(/^Bearer /i, '');
    return next.handle().pipe(
      tap(() => {
        if (token)
          void http
            .getResponse<FastifyReply>()
            .header('set-cookie', boardSessionCookie(token, this.maxAgeSeconds));
      }),
    );
  }
}
